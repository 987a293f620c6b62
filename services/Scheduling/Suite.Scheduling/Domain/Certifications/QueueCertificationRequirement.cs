using Suite.ServiceDefaults.Data;

namespace Suite.Scheduling.Domain.Certifications;

/// <summary>The certifications (by skill, as Training grants them) an agent must hold to be rostered on a queue.</summary>
public sealed class QueueCertificationRequirement : ITenantOwned
{
    private QueueCertificationRequirement()
    {
    }

    public Guid QueueId { get; private set; }

    public string TenantId { get; private set; } = "";

    public List<string> Skills { get; private set; } = [];

    public DateTimeOffset UpdatedAt { get; private set; }

    public static QueueCertificationRequirement For(Guid queueId, IEnumerable<string> skills, DateTimeOffset now) => new()
    {
        QueueId = queueId,
        Skills = AgentRules.NormaliseSkills(skills),
        UpdatedAt = now,
    };

    public void Replace(IEnumerable<string> skills, DateTimeOffset now)
    {
        Skills = AgentRules.NormaliseSkills(skills);
        UpdatedAt = now;
    }
}
