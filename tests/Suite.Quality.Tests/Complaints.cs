using Suite.Contracts.Events;

namespace Suite.Quality.Tests;

/// <summary>ComplaintFiled events as the Complaints service would publish them.</summary>
public static class Complaints
{
    public static ComplaintFiled Filed(
        string tenant,
        Guid? agentId,
        DateTimeOffset? filedAt = null,
        Guid? complaintId = null,
        string category = "late delivery",
        string severity = "major",
        string storeCode = "TM-001") =>
        new(Guid.CreateVersion7(), tenant, filedAt ?? new DateTimeOffset(2026, 11, 20, 8, 30, 0, TimeSpan.Zero),
            complaintId ?? Guid.CreateVersion7(), agentId, category, severity, storeCode);

    public static ComplaintResolved Resolved(
        string tenant, Guid? agentId, bool upheld, Guid? complaintId = null, DateTimeOffset? resolvedAt = null,
        string category = "rude reply", string rootCause = "agent attitude") =>
        new(Guid.CreateVersion7(), tenant, resolvedAt ?? new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.FromHours(8)),
            complaintId ?? Guid.CreateVersion7(), agentId, category, rootCause, upheld);
}
