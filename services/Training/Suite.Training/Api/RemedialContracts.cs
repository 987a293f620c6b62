using Suite.Training.Domain;

namespace Suite.Training.Api;

/// <summary>
/// The body of POST /api/training/remedial-rules. A red-line or complaint-category rule gives the code or
/// category; a low-score rule gives scoreBelow instead.
/// </summary>
public sealed record CreateRemedialRuleRequest(RemedialCauseKind Kind, Guid CourseId, int DueAfterDays, string? Code = null, decimal? ScoreBelow = null)
{
    public NewRemedialRule ToNewRule() => new(Kind, Code, ScoreBelow, CourseId, DueAfterDays);
}

public sealed record RemedialRuleResponse(
    Guid Id, RemedialCauseKind Kind, string Code, decimal? ScoreBelow, Guid CourseId, int DueAfterDays, DateTimeOffset CreatedAt)
{
    public static RemedialRuleResponse From(RemedialRule rule) =>
        new(rule.Id, rule.Kind, rule.Code, rule.ScoreBelow, rule.CourseId, rule.DueAfterDays, rule.CreatedAt);
}

public sealed record RemedialAssignmentResponse(
    Guid Id, Guid AgentId, Guid CourseId, string CourseTitle, string Cause, string Reason, DateTimeOffset AssignedAt, DateOnly DueOn);
