namespace Suite.Contracts.Events;

public sealed record RedLineHit(string Code, string Description);

public sealed record EvaluationCompleted(
    Guid EventId,
    string TenantId,
    DateTimeOffset OccurredAt,
    Guid EvaluationId,
    Guid AgentId,
    Guid ConversationId,
    decimal Score,
    IReadOnlyList<RedLineHit> RedLineHits) : IIntegrationEvent;

public sealed record AppraisalPublished(
    Guid EventId,
    string TenantId,
    DateTimeOffset OccurredAt,
    Guid AppraisalId,
    int Year,
    int Month,
    IReadOnlyList<Guid> AgentIds) : IIntegrationEvent;
