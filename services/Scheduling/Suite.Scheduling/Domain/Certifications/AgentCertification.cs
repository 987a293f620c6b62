using Suite.ServiceDefaults.Data;

namespace Suite.Scheduling.Domain.Certifications;

/// <summary>
/// Training's word that an agent is certified for a skill until a date, kept current from its
/// CertificationGranted and CertificationExpired events. <see cref="LastEventAt"/> orders the events, so
/// one that arrives late cannot undo a newer one.
/// </summary>
public sealed class AgentCertification : ITenantOwned
{
    private AgentCertification()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid AgentId { get; private set; }

    public Guid CertificationId { get; private set; }

    public string Skill { get; private set; } = "";

    public DateTimeOffset ValidUntil { get; private set; }

    public DateTimeOffset? ExpiredAt { get; private set; }

    public DateTimeOffset LastEventAt { get; private set; }

    public bool IsCurrent => ExpiredAt is null;

    public static AgentCertification Record(Guid agentId, Guid certificationId, string skill, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AgentId = agentId,
        CertificationId = certificationId,
        Skill = NormaliseSkill(skill),
        LastEventAt = DateTimeOffset.MinValue,
    };

    public void Grant(string skill, DateTimeOffset validUntil, DateTimeOffset occurredAt)
    {
        if (occurredAt < LastEventAt)
        {
            return;
        }

        Skill = NormaliseSkill(skill);
        ValidUntil = validUntil;
        ExpiredAt = null;
        LastEventAt = occurredAt;
    }

    public void Expire(string skill, DateTimeOffset occurredAt)
    {
        if (occurredAt < LastEventAt)
        {
            return;
        }

        Skill = NormaliseSkill(skill);
        ExpiredAt = occurredAt;
        if (ValidUntil == default || occurredAt < ValidUntil)
        {
            ValidUntil = occurredAt;
        }

        LastEventAt = occurredAt;
    }

    public static string NormaliseSkill(string skill) => skill.Trim().ToLowerInvariant();
}
