namespace Suite.Scheduling.Api;

/// <summary>
/// The body of POST /api/scheduling/staffing/erlang-c. Absent optional fields mean no occupancy
/// ceiling, no shrinkage, one contact at a time, and "tell me the required head count".
/// </summary>
public sealed record ErlangCRequest(
    double? Contacts,
    double? IntervalSeconds,
    double? AhtSeconds,
    double? ServiceLevelTarget,
    double? ServiceLevelSeconds,
    double? MaxOccupancy,
    double? Shrinkage,
    double? Concurrency,
    int? Agents);

/// <summary>
/// serviceLevel, averageSpeedOfAnswerSeconds, occupancy and waitProbability describe
/// <see cref="EvaluatedAgents"/>: the requested head count, or the required one when none was given.
/// </summary>
public sealed record ErlangCResponse(
    int RequiredAgents,
    int ScheduledAgents,
    double ServiceLevel,
    double? AverageSpeedOfAnswerSeconds,
    double Occupancy,
    double WaitProbability,
    int EvaluatedAgents,
    double TrafficErlangs);
