using Suite.ServiceDefaults.Data;

namespace Suite.Scheduling.Domain.TimeOff;

/// <summary>
/// One row per agent whose <see cref="Version"/> every new time-off request raises in the same save.
/// Two requests filed at the same instant both read the same version, so only the first save passes
/// its concurrency check: the overlap check of the second is then made again against the first.
/// </summary>
public sealed class TimeOffLedger : ITenantOwned
{
    private TimeOffLedger()
    {
    }

    public Guid AgentId { get; private set; }

    public string TenantId { get; private set; } = "";

    public int Version { get; private set; }

    public static TimeOffLedger Open(Guid agentId) => new() { AgentId = agentId };

    /// <summary>Marks that a request was filed after the agent's requests were last read.</summary>
    public void RecordFiling() => Version++;
}
