namespace Suite.Contracts.Events;

public sealed record TrainingCompleted(
    Guid EventId,
    string TenantId,
    DateTimeOffset OccurredAt,
    Guid AgentId,
    Guid EnrolmentId,
    Guid LearningPathId) : IIntegrationEvent;

public sealed record CertificationGranted(
    Guid EventId,
    string TenantId,
    DateTimeOffset OccurredAt,
    Guid AgentId,
    Guid CertificationId,
    string Skill,
    DateTimeOffset ValidUntil) : IIntegrationEvent;

public sealed record CertificationExpired(
    Guid EventId,
    string TenantId,
    DateTimeOffset OccurredAt,
    Guid AgentId,
    Guid CertificationId,
    string Skill) : IIntegrationEvent;
