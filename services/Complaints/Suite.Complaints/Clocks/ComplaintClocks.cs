using Microsoft.EntityFrameworkCore;
using Suite.Complaints.Data;
using Suite.Complaints.Domain;
using Suite.Complaints.Domain.Sla;
using Suite.Contracts;

namespace Suite.Complaints.Clocks;

/// <summary>
/// Reads complaints' SLA clocks: the tenant's policies and store calendars are loaded once, then each
/// batch of complaints costs one query for their status histories, whatever its size.
/// </summary>
public sealed class ComplaintClocks
{
    private readonly List<SlaPolicy> _policies;
    private readonly Dictionary<string, BusinessClock> _calendars;

    private ComplaintClocks(List<SlaPolicy> policies, Dictionary<string, BusinessClock> calendars)
    {
        _policies = policies;
        _calendars = calendars;
    }

    /// <summary>The current tenant's policies and calendars, as of now.</summary>
    public static async Task<ComplaintClocks> LoadAsync(ComplaintsDbContext db, IReadOnlyCollection<string>? stores, CancellationToken cancellationToken)
    {
        var policies = await db.SlaPolicies.AsNoTracking().ToListAsync(cancellationToken);
        var calendars = db.StoreCalendars.AsNoTracking();
        if (stores is not null)
        {
            calendars = calendars.Where(calendar => stores.Contains(calendar.StoreCode));
        }

        return new ComplaintClocks(
            policies,
            (await calendars.ToListAsync(cancellationToken)).ToDictionary(calendar => calendar.StoreCode, calendar => calendar.Clock()));
    }

    public BusinessClock ClockOf(string storeCode) => _calendars.GetValueOrDefault(storeCode, BusinessClock.AlwaysOpen);

    /// <summary>
    /// Every complaint's status history (filing first) and, for those a policy governs, its clocks as of
    /// <paramref name="now"/>. The batch should be small enough for one IN list (a few hundred ids).
    /// </summary>
    public async Task<Dictionary<Guid, ComplaintClockReading>> ReadAsync(
        ComplaintsDbContext db, IReadOnlyCollection<Complaint> complaints, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (complaints.Count == 0)
        {
            return [];
        }

        var ids = complaints.Select(complaint => complaint.Id).ToList();
        var changes = (await db.AuditEntries.AsNoTracking()
                .Where(entry => ids.Contains(entry.ComplaintId) && entry.Action == AuditAction.StatusChanged)
                .Select(entry => new { entry.ComplaintId, entry.Sequence, entry.At, entry.To })
                .ToListAsync(cancellationToken))
            .ToLookup(entry => entry.ComplaintId);

        return complaints.ToDictionary(complaint => complaint.Id, complaint =>
        {
            var history = new List<StatusChange> { new(complaint.FiledAt, ComplaintStatus.New) };
            history.AddRange(changes[complaint.Id].OrderBy(entry => entry.Sequence)
                .Select(entry => new StatusChange(entry.At, WireNames.TryParse<ComplaintStatus>(entry.To, out var status)
                    ? status
                    : throw new InvalidOperationException($"Audit entry of complaint {entry.ComplaintId} names no status: '{entry.To}'."))));
            var clock = ClockOf(complaint.StoreCode);
            var policy = SlaPolicy.For(_policies, complaint);
            return new ComplaintClockReading(policy, policy is null ? null : SlaClock.Read(policy.Targets, clock, history, now), history.Count - 1, clock);
        });
    }
}

/// <summary>A complaint's clocks as of one moment; <see cref="Sla"/> is null when no policy governs it.</summary>
public sealed record ComplaintClockReading(SlaPolicy? Policy, SlaStatus? Sla, int StatusChanges, BusinessClock Clock);
