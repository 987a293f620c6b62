using Suite.Quality.Domain;

namespace Suite.Quality.Api;

/// <summary>scorecardId may be left out: the scorecard of the conversation's store, else its channel, else the tenant's applies.</summary>
public sealed record EvaluateRequest(Guid? ConversationId, Guid? ScorecardId, Dictionary<string, CriterionOutcome>? Answers, string? Comment);

public sealed record DisputeRequest(string? Reason);

/// <summary>answers re-score the evaluation; leave them out to uphold the evaluator's score.</summary>
public sealed record ReviewRequest(Dictionary<string, CriterionOutcome>? Answers, string? Comment);

public sealed record EvaluationResponse(
    Guid Id,
    Guid ConversationId,
    Guid AgentId,
    Guid ScorecardId,
    string EvaluatorId,
    IReadOnlyDictionary<string, CriterionOutcome> Answers,
    decimal Score,
    bool AutoFailed,
    IReadOnlyList<string> FailedCriticalCriteria,
    string? Comment,
    EvaluationStatus Status,
    DateTimeOffset CompletedAt,
    DateTimeOffset? AcknowledgedAt,
    string? DisputeReason,
    DateTimeOffset? DisputedAt,
    decimal? ScoreBeforeReview,
    string? ReviewerId,
    string? ReviewComment,
    DateTimeOffset? ReviewedAt)
{
    public static EvaluationResponse From(Evaluation evaluation) => new(
        evaluation.Id, evaluation.ConversationId, evaluation.AgentId, evaluation.ScorecardId, evaluation.EvaluatorId,
        evaluation.Answers, evaluation.Score, evaluation.AutoFailed, evaluation.FailedCriticalCriteria, evaluation.Comment,
        evaluation.Status, evaluation.CompletedAt, evaluation.AcknowledgedAt, evaluation.DisputeReason, evaluation.DisputedAt,
        evaluation.ScoreBeforeReview, evaluation.ReviewerId, evaluation.ReviewComment, evaluation.ReviewedAt);
}
