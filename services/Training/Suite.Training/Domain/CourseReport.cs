namespace Suite.Training.Domain;

/// <summary>How one course is doing: who tried its quiz, how many attempts passed, who completed it.</summary>
public sealed record CourseReport(Guid CourseId, int AgentsAttempted, int AttemptsDecided, int AttemptsPassed, decimal? PassRatePercent, int AgentsCompleted)
{
    /// <summary>
    /// Counts one course's attempts and completions. Only decided attempts (passed or failed) count towards
    /// the pass rate: open, expired and ungraded ones have no outcome yet. No decided attempt, no rate.
    /// </summary>
    public static CourseReport Of(Guid courseId, IEnumerable<(Guid AgentId, AttemptStatus Status)> attempts, IEnumerable<Guid> completedBy)
    {
        var list = attempts.ToList();
        var decided = list.Count(attempt => attempt.Status is AttemptStatus.Passed or AttemptStatus.Failed);
        var passed = list.Count(attempt => attempt.Status == AttemptStatus.Passed);
        return new CourseReport(
            courseId,
            list.Select(attempt => attempt.AgentId).Distinct().Count(),
            decided,
            passed,
            decided == 0 ? null : Math.Round(100m * passed / decided, 2, MidpointRounding.AwayFromZero),
            completedBy.Distinct().Count());
    }
}
