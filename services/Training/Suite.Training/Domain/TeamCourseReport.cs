namespace Suite.Training.Domain;

/// <summary>
/// How one team is doing on one course: the course report restricted to the team's agents, plus the share
/// of the team that completed the course.
/// </summary>
public sealed record TeamCourseReport(
    string Team,
    Guid CourseId,
    int AgentsInTeam,
    int AgentsAttempted,
    int AttemptsDecided,
    int AttemptsPassed,
    decimal? PassRatePercent,
    int AgentsCompleted,
    decimal? CompletionRatePercent)
{
    /// <summary>
    /// Counts only what the team's agents did. The completion rate is against the whole team (everyone in
    /// it, whether or not they started the course); a team with no agents has no rate.
    /// </summary>
    public static TeamCourseReport Of(
        string team, Guid courseId, IReadOnlySet<Guid> members, IEnumerable<(Guid AgentId, AttemptStatus Status)> attempts, IEnumerable<Guid> completedBy)
    {
        var course = CourseReport.Of(courseId, attempts.Where(attempt => members.Contains(attempt.AgentId)), completedBy.Where(members.Contains));
        return new TeamCourseReport(
            team, courseId, members.Count, course.AgentsAttempted, course.AttemptsDecided, course.AttemptsPassed, course.PassRatePercent,
            course.AgentsCompleted,
            members.Count == 0 ? null : Math.Round(100m * course.AgentsCompleted / members.Count, 2, MidpointRounding.AwayFromZero));
    }
}
