namespace Suite.Scheduling.Domain;

/// <summary>
/// A planner's change to an agent: null leaves a detail as it is. <see cref="Version"/> is the version
/// the planner last saw, so a change made on stale data is refused instead of silently overwriting.
/// </summary>
public sealed record AgentChanges(
    int Version,
    string? DisplayName = null,
    string? Team = null,
    CareerLevel? Level = null,
    IReadOnlyList<string>? Skills = null,
    decimal? ContractedWeeklyHours = null,
    int? MaxDailyReceptions = null,
    IReadOnlyList<AvailabilityWindow>? Availability = null);
