using Microsoft.EntityFrameworkCore;
using Suite.Complaints.Data;
using Suite.Complaints.Domain;
using Suite.Complaints.Domain.Sla;
using Suite.Contracts;

namespace Suite.Complaints.Api;

/// <summary>
/// Reads complaints' SLA clocks as of now: the policy that applies to each, its store's calendar and its
/// status history, in three queries whatever the number of complaints.
/// </summary>
internal static class ComplaintSlas
{
    public static async Task<Dictionary<Guid, SlaResponse>> ReadAsync(
        ComplaintsDbContext db, IReadOnlyCollection<Complaint> complaints, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var policies = complaints.Count == 0 ? [] : await db.SlaPolicies.AsNoTracking().ToListAsync(cancellationToken);
        var governed = complaints
            .Select(complaint => (Complaint: complaint, Policy: SlaPolicy.For(policies, complaint)))
            .Where(pair => pair.Policy is not null)
            .ToList();
        if (governed.Count == 0)
        {
            return [];
        }

        var stores = governed.Select(pair => pair.Complaint.StoreCode).Distinct().ToList();
        var calendars = await db.StoreCalendars.AsNoTracking()
            .Where(calendar => stores.Contains(calendar.StoreCode))
            .ToListAsync(cancellationToken);
        var clocks = calendars.ToDictionary(calendar => calendar.StoreCode, calendar => calendar.Clock());

        var ids = governed.Select(pair => pair.Complaint.Id).ToList();
        var changes = (await db.AuditEntries.AsNoTracking()
                .Where(entry => ids.Contains(entry.ComplaintId) && entry.Action == AuditAction.StatusChanged)
                .Select(entry => new { entry.ComplaintId, entry.Sequence, entry.At, entry.To })
                .ToListAsync(cancellationToken))
            .ToLookup(entry => entry.ComplaintId);

        return governed.ToDictionary(pair => pair.Complaint.Id, pair =>
        {
            var history = new List<StatusChange> { new(pair.Complaint.FiledAt, ComplaintStatus.New) };
            history.AddRange(changes[pair.Complaint.Id].OrderBy(entry => entry.Sequence)
                .Select(entry => new StatusChange(entry.At, WireNames.TryParse<ComplaintStatus>(entry.To, out var status)
                    ? status
                    : throw new InvalidOperationException($"Audit entry of complaint {entry.ComplaintId} names no status: '{entry.To}'."))));
            var clock = clocks.GetValueOrDefault(pair.Complaint.StoreCode, BusinessClock.AlwaysOpen);
            return SlaResponse.From(pair.Policy!, SlaClock.Read(pair.Policy!.Targets, clock, history, now));
        });
    }
}
