using Suite.Scheduling.Domain.Staffing;

namespace Suite.Scheduling.Domain.Rostering;

/// <summary>
/// The agents a queue needs in each interval of the period (<see cref="Required"/>, indexed like the
/// period's intervals), and the workload behind it when known (for the projected service level).
/// </summary>
public sealed record QueueDemand(RosterQueue Queue, int[] Required, StaffingQuestion?[] Workload);

/// <summary>
/// Everything the generator needs: the period's intervals, the demand per queue, the candidate shifts
/// (expanded from templates), the agents with their qualifications, availability and days off, the
/// rules, and the seed that makes the answer repeatable. <see cref="ImprovementBudget"/> counts
/// evaluated interval moves, not time, so the same input always gives the same roster;
/// <see cref="BoundIterations"/> likewise counts the steps of the lower bound's dual search.
/// </summary>
public sealed record RosterProblem(
    RosterPeriod Period,
    IReadOnlyList<QueueDemand> Demand,
    IReadOnlyList<PlannedShift> Shifts,
    IReadOnlyList<RosterAgent> Agents,
    RosterRules Rules,
    int Seed,
    long ImprovementBudget = RosterProblem.DefaultImprovementBudget,
    int BoundIterations = RosterProblem.DefaultBoundIterations)
{
    public const long DefaultImprovementBudget = 20_000_000;

    public const int DefaultBoundIterations = 500;
}
