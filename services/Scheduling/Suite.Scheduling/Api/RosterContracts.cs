using Suite.Scheduling.Domain.Rostering;

namespace Suite.Scheduling.Api;

/// <summary>
/// The body of POST /api/scheduling/rosters. Days are local to <see cref="TimeZone"/>; absent queues or
/// templates mean all of the tenant's; absent targets and rules take the defaults named in the API description.
/// </summary>
public sealed record GenerateRosterRequest(
    string? Name,
    DateOnly? FirstDay,
    DateOnly? LastDay,
    string? TimeZone,
    int? IntervalMinutes,
    int? Seed,
    IReadOnlyList<Guid>? QueueIds,
    IReadOnlyList<Guid>? ShiftTemplateIds,
    double? ServiceLevelTarget,
    double? ServiceLevelSeconds,
    double? MaxOccupancy,
    double? Shrinkage,
    double? Concurrency,
    double? MinRestHours,
    int? MaxConsecutiveDays,
    double? DefaultMaxWeeklyHours,
    IReadOnlyList<ShiftPreferenceDto>? Preferences);

/// <summary>
/// Templates an agent would rather work, for this generation only: for the agents named they take the
/// place of the preferences stored with the agent (PUT /api/scheduling/agents/{id}/shift-preferences).
/// A soft goal the generator honours when it can.
/// </summary>
public sealed record ShiftPreferenceDto(Guid AgentId, IReadOnlyList<Guid>? ShiftTemplateIds);

/// <summary>The body of a manual edit: put the agent on the template's shift of that day, serving the queue, on roster version <see cref="Version"/>.</summary>
public sealed record RosterAssignmentRequest(Guid? AgentId, Guid? QueueId, Guid? ShiftTemplateId, DateOnly? Day, int? Version);

/// <summary>The body of POST /api/scheduling/rosters/{id}/publish.</summary>
public sealed record PublishRosterRequest(int? Version);

public sealed record BreakResponse(DateTimeOffset Start, DateTimeOffset End);

public sealed record RosterAssignmentResponse(
    Guid Id,
    Guid AgentId,
    Guid QueueId,
    Guid ShiftTemplateId,
    string ShiftName,
    DateOnly Day,
    DateTimeOffset Start,
    DateTimeOffset End,
    IReadOnlyList<BreakResponse> Breaks,
    double PaidHours,
    bool IsLate,
    bool IsWeekend,
    bool Manual)
{
    public static RosterAssignmentResponse From(RosterAssignment assignment) => new(
        assignment.Id, assignment.AgentId, assignment.QueueId, assignment.ShiftTemplateId, assignment.ShiftName, assignment.Day,
        assignment.Start, assignment.End, assignment.Breaks.Select(pause => new BreakResponse(pause.Start, pause.End)).ToList(),
        Math.Round(assignment.PaidHours, 4), assignment.IsLate, assignment.IsWeekend, assignment.Manual);
}

/// <summary>
/// How the roster meets its demand, in agent-hours: what it could not cover (and where, and why), the
/// lower bound no roster could beat, and every rule an assignment breaks (after a certification expired,
/// say).
/// </summary>
public sealed record RosterReportResponse(
    double RequiredAgentHours,
    double ScheduledAgentHours,
    double UnderCoverageAgentHours,
    double OverCoverageAgentHours,
    double LowerBoundAgentHours,
    IReadOnlyList<UnmetRequirement> Unmet,
    IReadOnlyList<RuleViolation> Violations)
{
    public static RosterReportResponse From(RosterEvaluation evaluation) => new(
        evaluation.RequiredAgentHours, evaluation.ScheduledAgentHours, evaluation.UnderCoverageAgentHours,
        evaluation.OverCoverageAgentHours, evaluation.LowerBoundAgentHours, evaluation.Unmet, evaluation.Violations);
}

public sealed record RosterSummaryResponse(
    Guid Id,
    string Name,
    DateOnly FirstDay,
    DateOnly LastDay,
    string TimeZone,
    RosterStatus Status,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PublishedAt)
{
    public static RosterSummaryResponse From(Roster roster) => new(
        roster.Id, roster.Name, roster.FirstDay, roster.LastDay, roster.TimeZone, roster.Status, roster.Version, roster.CreatedAt, roster.PublishedAt);
}

public sealed record RosterResponse(
    Guid Id,
    string Name,
    DateOnly FirstDay,
    DateOnly LastDay,
    string TimeZone,
    int IntervalMinutes,
    int Seed,
    RosterStatus Status,
    int Version,
    IReadOnlyList<Guid> QueueIds,
    IReadOnlyList<Guid> ShiftTemplateIds,
    RosterSettings Settings,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PublishedAt,
    IReadOnlyList<RosterAssignmentResponse> Assignments,
    RosterReportResponse Report)
{
    public static RosterResponse From(Roster roster, IEnumerable<RosterAssignment> assignments, RosterEvaluation evaluation) => new(
        roster.Id, roster.Name, roster.FirstDay, roster.LastDay, roster.TimeZone, roster.IntervalMinutes, roster.Seed, roster.Status,
        roster.Version, roster.QueueIds, roster.ShiftTemplateIds, roster.Settings, roster.CreatedAt, roster.PublishedAt,
        assignments.OrderBy(assignment => assignment.Start).ThenBy(assignment => assignment.AgentId).Select(RosterAssignmentResponse.From).ToList(),
        RosterReportResponse.From(evaluation));
}

public sealed record IntervalCoverageResponse(DateTimeOffset Start, int Required, int Scheduled, double? ServiceLevel);

public sealed record QueueCoverageResponse(Guid QueueId, string QueueName, IReadOnlyList<IntervalCoverageResponse> Intervals);

public sealed record RosterCoverageResponse(Guid RosterId, int IntervalMinutes, RosterReportResponse Report, IReadOnlyList<QueueCoverageResponse> Queues)
{
    public static RosterCoverageResponse From(Roster roster, RosterEvaluation evaluation) => new(
        roster.Id, roster.IntervalMinutes, RosterReportResponse.From(evaluation),
        evaluation.Coverage.Select(queue => new QueueCoverageResponse(queue.QueueId, queue.QueueName, queue.Intervals
            .Select(interval => new IntervalCoverageResponse(
                interval.Start, interval.Required, interval.Scheduled, interval.ServiceLevel is { } level ? Math.Round(level, 4) : null))
            .ToList())).ToList());
}
