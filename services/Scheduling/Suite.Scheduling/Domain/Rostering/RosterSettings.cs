using Suite.Scheduling.Domain.Staffing;

namespace Suite.Scheduling.Domain.Rostering;

/// <summary>
/// How demand becomes required agents (the Erlang C targets) and which rules the roster keeps; kept
/// with the roster so coverage and manual edits are judged later exactly as at generation.
/// </summary>
public sealed record RosterSettings(
    double ServiceLevelTarget,
    double ServiceLevelSeconds,
    double MaxOccupancy,
    double Shrinkage,
    double Concurrency,
    double MinRestHours,
    int MaxConsecutiveDays,
    double DefaultMaxWeeklyHours)
{
    public RosterRules Rules => new(MinRestHours, MaxConsecutiveDays, DefaultMaxWeeklyHours);

    public StaffingQuestion Question(double contacts, double intervalSeconds, double handleSeconds) =>
        new(contacts, intervalSeconds, handleSeconds, ServiceLevelTarget, ServiceLevelSeconds, MaxOccupancy, Shrinkage, Concurrency);
}
