using Suite.ServiceDefaults.Data;

namespace Suite.Scheduling.Domain.Workload;

/// <summary>A tenant's choice of per-store overhead; tenants without one use the seed's 20.</summary>
public sealed class WorkloadSettings : ITenantOwned
{
    private WorkloadSettings()
    {
    }

    public string TenantId { get; private set; } = "";

    public int PerStoreOverhead { get; private set; } = MultiStoreWorkload.DefaultPerStoreOverhead;

    public DateTimeOffset UpdatedAt { get; private set; }

    public static WorkloadSettings Create(int perStoreOverhead, DateTimeOffset now) => new()
    {
        PerStoreOverhead = perStoreOverhead,
        UpdatedAt = now,
    };

    public void Change(int perStoreOverhead, DateTimeOffset now)
    {
        PerStoreOverhead = perStoreOverhead;
        UpdatedAt = now;
    }
}
