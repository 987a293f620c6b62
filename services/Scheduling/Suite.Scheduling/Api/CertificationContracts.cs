using Suite.Scheduling.Domain.Certifications;

namespace Suite.Scheduling.Api;

/// <summary>The body of PUT /api/scheduling/queues/{queueId}/required-certifications: the whole list, replacing the previous one.</summary>
public sealed record RequiredCertificationsRequest(IReadOnlyList<string>? Skills);

public sealed record RequiredCertificationsResponse(Guid QueueId, IReadOnlyList<string> Skills);

public sealed record AgentCertificationResponse(Guid CertificationId, string Skill, DateTimeOffset ValidUntil, bool Current, DateTimeOffset? ExpiredAt)
{
    public static AgentCertificationResponse From(AgentCertification certification) => new(
        certification.CertificationId, certification.Skill, certification.ValidUntil, certification.IsCurrent, certification.ExpiredAt);
}
