using Suite.ServiceDefaults.Data;

namespace Suite.Scheduling.Domain.Workload;

/// <summary>How many customers one agent received in one store on one day, as the platform reported it.</summary>
public sealed class DailyReception : ITenantOwned
{
    private DailyReception()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid AgentId { get; private set; }

    public DateOnly Date { get; private set; }

    public string Store { get; private set; } = "";

    public int Receptions { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public static DailyReception Record(Guid agentId, DateOnly date, string store, int receptions, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AgentId = agentId,
        Date = date,
        Store = ReceptionRules.NormaliseStore(store),
        Receptions = receptions,
        RecordedAt = now,
    };

    /// <summary>A corrected export replaces the earlier figure rather than adding to it.</summary>
    public void Correct(int receptions, DateTimeOffset now)
    {
        Receptions = receptions;
        RecordedAt = now;
    }
}
