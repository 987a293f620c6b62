using Suite.Complaints.Data;
using Suite.Complaints.Domain;
using Suite.Complaints.Domain.Sla;

namespace Suite.Bench.Sla;

/// <summary>
/// Open complaints as a busy desk has them: spread over stores with business-hours calendars, mostly filed
/// in the last four hours, half of them acknowledged or further, one in fifty days old and past every
/// target so the first pass has escalations to write. Seeded, so every run generates the same data.
/// </summary>
internal static class Workload
{
    public const int Stores = 40;
    private const int Chunk = 5_000;

    private static readonly ComplaintCategory[] Categories = Enum.GetValues<ComplaintCategory>();
    private static readonly ComplaintChannel[] Channels = Enum.GetValues<ComplaintChannel>();

    public static async Task SeedSettingsAsync(ComplaintsDbContext db, DateTimeOffset now)
    {
        db.SlaPolicies.Add(SlaPolicy.Create(new SlaPolicyDetails(1, "P1", null, null, ComplaintSeverity.P1, null, 30, 120, 480), now));
        db.SlaPolicies.Add(SlaPolicy.Create(new SlaPolicyDetails(2, "P2", null, null, ComplaintSeverity.P2, null, 60, 240, 1440), now));
        db.SlaPolicies.Add(SlaPolicy.Create(new SlaPolicyDetails(3, "Standard", null, null, null, null, 240, 720, 4320), now));
        var weekdays = Enum.GetValues<DayOfWeek>().Select(day => new OpeningHours(day, TimeSpan.FromHours(9), TimeSpan.FromHours(22))).ToList();
        for (var store = 0; store < Stores; store++)
        {
            db.StoreCalendars.Add(StoreCalendar.Create(StoreCode(store), new StoreCalendarDetails("Asia/Shanghai", weekdays, [new DateOnly(2026, 10, 1)]), now));
        }

        await db.SaveChangesAsync();
    }

    public static async Task SeedComplaintsAsync(Func<ComplaintsDbContext> open, int count, DateTimeOffset now)
    {
        var random = new Random(20261126);
        for (var done = 0; done < count; done += Chunk)
        {
            await using var db = open();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = done; i < Math.Min(count, done + Chunk); i++)
            {
                var age = i % 50 == 0 ? TimeSpan.FromDays(5) : TimeSpan.FromMinutes(random.Next(1, 4 * 60));
                var filedAt = now - age;
                var category = Categories[random.Next(Categories.Length)];
                var details = new NewComplaint(
                    null, Channels[random.Next(Channels.Length)], "tmall", StoreCode(random.Next(Stores)), $"buyer_{i}", $"TB{i:D10}",
                    category, null, "Generated for the SLA clock benchmark.", []);
                var (complaint, filed) = Complaint.File(details, SeverityRules.Assess(category, null, [], 0), "bench", filedAt);
                db.Complaints.Add(complaint);
                db.AuditEntries.Add(filed);
                if (i % 2 == 0)
                {
                    db.AuditEntries.Add(complaint.MoveTo(ComplaintStatus.Acknowledged, "bench", null, filedAt + (age / 4)));
                }

                if (i % 6 == 0)
                {
                    db.AuditEntries.Add(complaint.MoveTo(ComplaintStatus.Investigating, "bench", null, filedAt + (age / 2)));
                }
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
        }
    }

    private static string StoreCode(int store) => $"TM-STORE-{store:D3}";
}
