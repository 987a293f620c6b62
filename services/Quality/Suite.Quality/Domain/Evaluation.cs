using Suite.Contracts;
using Suite.ServiceDefaults.Data;

namespace Suite.Quality.Domain;

/// <summary>
/// A quality evaluation of one conversation against one scorecard version. Every change of state
/// renews <see cref="ConcurrencyStamp"/>, so two people acting on the same evaluation cannot both win.
/// </summary>
public sealed class Evaluation : ITenantOwned
{
    public const int MaxTextLength = 2000;

    private Evaluation()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid ConversationId { get; private set; }

    public Guid AgentId { get; private set; }

    public Guid ScorecardId { get; private set; }

    public string EvaluatorId { get; private set; } = "";

    public Dictionary<string, CriterionOutcome> Answers { get; private set; } = [];

    public decimal Score { get; private set; }

    public bool AutoFailed { get; private set; }

    public List<string> FailedCriticalCriteria { get; private set; } = [];

    public string? Comment { get; private set; }

    public EvaluationStatus Status { get; private set; }

    public DateTimeOffset CompletedAt { get; private set; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public string? DisputeReason { get; private set; }

    public DateTimeOffset? DisputedAt { get; private set; }

    /// <summary>The score the evaluator gave, kept when a reviewer revises it.</summary>
    public decimal? ScoreBeforeReview { get; private set; }

    public string? ReviewerId { get; private set; }

    public string? ReviewComment { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public Guid ConcurrencyStamp { get; private set; }

    public static Evaluation Complete(
        Guid conversationId, Guid agentId, Scorecard scorecard, IReadOnlyDictionary<string, CriterionOutcome> answers,
        string evaluatorId, string? comment, DateTimeOffset now)
    {
        var evaluation = new Evaluation
        {
            Id = Guid.CreateVersion7(now),
            ConversationId = conversationId,
            AgentId = agentId,
            ScorecardId = scorecard.Id,
            EvaluatorId = evaluatorId,
            Comment = comment,
            Status = EvaluationStatus.Completed,
            CompletedAt = now,
            ConcurrencyStamp = Guid.CreateVersion7(now),
        };
        evaluation.Apply(scorecard, answers);
        return evaluation;
    }

    /// <summary>The agent accepts the evaluation; only a completed one can be.</summary>
    public string? Acknowledge(DateTimeOffset now)
    {
        if (Status != EvaluationStatus.Completed)
        {
            return $"Only a completed evaluation can be acknowledged; this one is {WireNames.Of(Status)}.";
        }

        Status = EvaluationStatus.Acknowledged;
        AcknowledgedAt = now;
        ConcurrencyStamp = Guid.CreateVersion7(now);
        return null;
    }

    /// <summary>The agent disputes the evaluation, which sends it to a second reviewer; only a completed one can be.</summary>
    public string? Dispute(string reason, DateTimeOffset now)
    {
        if (Status != EvaluationStatus.Completed)
        {
            return $"Only a completed evaluation can be disputed; this one is {WireNames.Of(Status)}.";
        }

        Status = EvaluationStatus.Disputed;
        DisputeReason = reason;
        DisputedAt = now;
        ConcurrencyStamp = Guid.CreateVersion7(now);
        return null;
    }

    public bool CanBeReviewedBy(string reviewerId) => !string.Equals(reviewerId, EvaluatorId, StringComparison.Ordinal);

    /// <summary>
    /// A second reviewer settles a dispute, re-scoring it when they answer the criteria differently
    /// (against the same scorecard version), or upholding the score when they give no answers.
    /// </summary>
    public string? Review(string reviewerId, Scorecard scorecard, IReadOnlyDictionary<string, CriterionOutcome>? answers, string comment, DateTimeOffset now)
    {
        if (Status != EvaluationStatus.Disputed)
        {
            return $"Only a disputed evaluation can be reviewed; this one is {WireNames.Of(Status)}.";
        }

        if (!CanBeReviewedBy(reviewerId))
        {
            throw new InvalidOperationException("The evaluator cannot review their own evaluation.");
        }

        ScoreBeforeReview = Score;
        if (answers is not null)
        {
            Apply(scorecard, answers);
        }

        Status = EvaluationStatus.Reviewed;
        ReviewerId = reviewerId;
        ReviewComment = comment;
        ReviewedAt = now;
        ConcurrencyStamp = Guid.CreateVersion7(now);
        return null;
    }

    private void Apply(Scorecard scorecard, IReadOnlyDictionary<string, CriterionOutcome> answers)
    {
        var score = ScoreCalculator.Calculate(scorecard.Sections, answers);
        Answers = answers.ToDictionary();
        Score = score.Score;
        AutoFailed = score.AutoFailed;
        FailedCriticalCriteria = [.. score.FailedCriticalCriteria];
    }
}
