namespace Suite.Scheduling.Domain.Staffing;

/// <summary>
/// What a planner knows about one interval of one queue. <see cref="Agents"/>, when given, asks how a
/// particular head count would perform instead of the required head count.
/// </summary>
public sealed record StaffingQuestion(
    double Contacts,
    double IntervalSeconds,
    double HandleSeconds,
    double ServiceLevelTarget,
    double ServiceLevelSeconds,
    double MaxOccupancy = 1.0,
    double Shrinkage = 0.0,
    double Concurrency = 1.0,
    int? Agents = null);

/// <summary>
/// The required head count on the phones (<see cref="RequiredAgents"/>), the head count to schedule
/// once shrinkage takes its share, and how the queue performs with <see cref="EvaluatedAgents"/>.
/// <see cref="AverageSpeedOfAnswerSeconds"/> is null when that head count cannot keep up at all.
/// </summary>
public sealed record StaffingAnswer(
    double TrafficErlangs,
    int RequiredAgents,
    int ScheduledAgents,
    int EvaluatedAgents,
    double ServiceLevel,
    double? AverageSpeedOfAnswerSeconds,
    double Occupancy,
    double WaitProbability);
