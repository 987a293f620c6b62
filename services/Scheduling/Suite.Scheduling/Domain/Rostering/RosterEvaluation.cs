namespace Suite.Scheduling.Domain.Rostering;

/// <summary>
/// Required and scheduled agents of one queue in one interval, and the service level the scheduled
/// agents are projected to give (Erlang C); null when the interval has no workload to judge.
/// </summary>
public sealed record IntervalCoverage(DateTimeOffset Start, int Required, int Scheduled, double? ServiceLevel);

public sealed record QueueCoverage(Guid QueueId, string QueueName, IReadOnlyList<IntervalCoverage> Intervals);

/// <summary>
/// A run of intervals of one queue on one day where fewer agents are scheduled than required.
/// <see cref="Reason"/> tells the planner whether any roster could have done better there.
/// </summary>
public sealed record UnmetRequirement(
    Guid QueueId,
    string QueueName,
    DateTimeOffset From,
    DateTimeOffset To,
    int LargestShortfall,
    double AgentHours,
    string Reason);

/// <summary>
/// How a roster meets its demand. <see cref="LowerBoundAgentHours"/> is under-coverage that no roster
/// obeying the rules could avoid (see <see cref="RosterLowerBound"/>); the gap between it and
/// <see cref="UnderCoverageAgentHours"/> is the most any better roster could still win.
/// </summary>
public sealed record RosterEvaluation(
    IReadOnlyList<QueueCoverage> Coverage,
    IReadOnlyList<UnmetRequirement> Unmet,
    IReadOnlyList<RuleViolation> Violations,
    double RequiredAgentHours,
    double ScheduledAgentHours,
    double UnderCoverageAgentHours,
    double OverCoverageAgentHours,
    double LowerBoundAgentHours);

public sealed record RosterResult(IReadOnlyList<RosterAssignmentPlan> Assignments, RosterEvaluation Evaluation);
