using Suite.ServiceDefaults.Data;

namespace Suite.Quality.Domain;

/// <summary>
/// Since when an agent holds their level, as Scheduling told it (AgentLevelChanged). Scheduling's agent
/// record names the level but not since when; without a record here the hiring date stands in.
/// </summary>
public sealed class AgentLevelRecord : ITenantOwned
{
    private AgentLevelRecord()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid AgentId { get; private set; }

    public string Level { get; private set; } = "";

    public DateTimeOffset Since { get; private set; }

    public static AgentLevelRecord Create(Guid agentId, string level, DateTimeOffset since, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), AgentId = agentId, Level = level, Since = since.ToUniversalTime() };

    /// <summary>Events may arrive out of order: only a later change moves the record.</summary>
    public void Change(string level, DateTimeOffset since)
    {
        if (since.ToUniversalTime() > Since)
        {
            Level = level;
            Since = since.ToUniversalTime();
        }
    }
}
