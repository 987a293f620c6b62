using Suite.ServiceDefaults.Data;

namespace Suite.Scheduling.Domain;

/// <summary>
/// A group of agents under one leader (seed 003: "个人跟个人,组长跟小组"). Agents name their team, so
/// the name is unique within a tenant and does not change.
/// </summary>
public sealed class Team : ITenantOwned
{
    private Team()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public string Name { get; private set; } = "";

    public Guid? LeaderId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Rises with every change; a change names the version it was made on.</summary>
    public int Version { get; private set; }

    public static Team Create(string name, Agent? leader, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Name = name.Trim(),
        LeaderId = leader?.Id,
        CreatedAt = now,
        Version = 1,
    };

    /// <summary>Sets or clears the leader; the leader has passed <see cref="TeamRules.ValidateLeader"/>.</summary>
    public void ChangeLeader(Agent? leader, int version)
    {
        if (version != Version)
        {
            throw new InvalidOperationException($"The change was made on version {version}, the team is at {Version}.");
        }

        LeaderId = leader?.Id;
        Version++;
    }
}
