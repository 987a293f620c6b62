namespace Suite.Contracts.Events;

public sealed record RedLineHit(string Code, string Description);

/// <summary>An evaluator's verdict on one scorecard criterion: "met", "not-met" or "not-applicable".</summary>
public sealed record CriterionVerdict(string SectionKey, string CriterionKey, string Outcome);

public sealed record EvaluationCompleted(
    Guid EventId,
    string TenantId,
    DateTimeOffset OccurredAt,
    Guid EvaluationId,
    Guid AgentId,
    Guid ConversationId,
    decimal Score,
    IReadOnlyList<RedLineHit> RedLineHits,
    // Added after the first release: older publishers leave it out, so consumers read null as "not told".
    IReadOnlyList<CriterionVerdict>? Criteria = null) : IIntegrationEvent;

public sealed record AppraisalPublished(
    Guid EventId,
    string TenantId,
    DateTimeOffset OccurredAt,
    Guid AppraisalId,
    int Year,
    int Month,
    IReadOnlyList<Guid> AgentIds) : IIntegrationEvent;
