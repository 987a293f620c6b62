using Suite.Quality.Domain;

namespace Suite.Quality.Api;

/// <summary>evaluatorIds are the user ids (token subjects) of the evaluators; the reference is one of them.</summary>
public sealed record OpenCalibrationRequest(Guid? ConversationId, Guid? ScorecardId, List<string?>? EvaluatorIds, string? ReferenceEvaluatorId);

public sealed record CalibrationScoringRequest(Dictionary<string, CriterionOutcome>? Answers);

/// <summary>While the session is open it is blind: it says who has scored, never what.</summary>
public sealed record CalibrationSessionResponse(
    Guid Id,
    Guid ConversationId,
    Guid ScorecardId,
    string ReferenceEvaluatorId,
    IReadOnlyList<string> EvaluatorIds,
    IReadOnlyList<string> ScoredBy,
    bool IsClosed,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt)
{
    public static CalibrationSessionResponse From(CalibrationSession session) => new(
        session.Id, session.ConversationId, session.ScorecardId, session.ReferenceEvaluatorId, session.EvaluatorIds,
        session.Submissions.OrderBy(submission => submission.SubmittedAt).Select(submission => submission.EvaluatorId).ToList(),
        session.IsClosed, session.CreatedAt, session.ClosedAt);
}
