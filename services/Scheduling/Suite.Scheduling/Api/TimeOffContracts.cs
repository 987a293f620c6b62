using Suite.Scheduling.Domain.TimeOff;

namespace Suite.Scheduling.Api;

/// <summary>
/// The body of POST /api/scheduling/time-off. An agent may leave agentId out (it is then itself); a
/// leader filing for an agent names it. startTime and endTime ("HH:mm", local) make it a part day.
/// </summary>
public sealed record RequestTimeOffRequest(Guid? AgentId, DateOnly? FirstDay, DateOnly? LastDay, string? StartTime, string? EndTime, string? Note);

/// <summary>
/// The body of POST /api/scheduling/time-off/{id}/approve. When a published roster has the agent working
/// on those days, approval needs confirmCoverageImpact true, having seen the shifts (409 otherwise).
/// </summary>
public sealed record ApproveTimeOffRequest(bool ConfirmCoverageImpact = false, string? Reason = null);

/// <summary>The body of POST /api/scheduling/time-off/{id}/reject: the reason is required.</summary>
public sealed record RejectTimeOffRequest(string? Reason);

public sealed record TimeOffResponse(
    Guid Id,
    Guid AgentId,
    DateOnly FirstDay,
    DateOnly LastDay,
    string? StartTime,
    string? EndTime,
    string? Note,
    TimeOffStatus Status,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? DecisionReason,
    bool CoverageImpactConfirmed,
    string? CancelledBy,
    DateTimeOffset? CancelledAt,
    int Version)
{
    public static TimeOffResponse From(TimeOffRequest request) => new(
        request.Id, request.AgentId, request.FirstDay, request.LastDay, request.StartTime?.ToString("HH:mm"), request.EndTime?.ToString("HH:mm"),
        request.Note, request.Status, request.RequestedBy, request.RequestedAt, request.DecidedBy, request.DecidedAt, request.DecisionReason,
        request.CoverageImpactConfirmed, request.CancelledBy, request.CancelledAt, request.Version);
}

/// <summary>A published shift the agent would miss; local times are the roster's time zone.</summary>
public sealed record AffectedShiftResponse(Guid RosterId, Guid QueueId, DateOnly Day, string ShiftName, DateTime LocalStart, DateTime LocalEnd, double PaidHours)
{
    public static AffectedShiftResponse From(AffectedShift shift) =>
        new(shift.RosterId, shift.QueueId, shift.Day, shift.ShiftName, shift.LocalStart, shift.LocalEnd, shift.PaidHours);
}

/// <summary>The shifts of published rosters an approval takes the agent away from, and their paid hours.</summary>
public sealed record CoverageImpactResponse(IReadOnlyList<AffectedShiftResponse> Shifts, double Hours)
{
    public static CoverageImpactResponse From(IReadOnlyList<AffectedShift> shifts) =>
        new(shifts.Select(AffectedShiftResponse.From).ToList(), shifts.Sum(shift => shift.PaidHours));
}

/// <summary>A decided request with the coverage it cost (empty when no published shift was affected).</summary>
public sealed record TimeOffDecisionResponse(TimeOffResponse Request, CoverageImpactResponse CoverageImpact);
