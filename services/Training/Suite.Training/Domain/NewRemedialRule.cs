namespace Suite.Training.Domain;

/// <summary>
/// A line of a tenant's remedial table: the cause (a red-line code, a score threshold, or a complaint
/// category) and the course an agent is assigned when it happens, due some days later.
/// </summary>
public sealed record NewRemedialRule(RemedialCauseKind Kind, string? Code, decimal? ScoreBelow, Guid CourseId, int DueAfterDays);
