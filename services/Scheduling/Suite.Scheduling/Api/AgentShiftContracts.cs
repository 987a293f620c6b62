using Suite.Scheduling.Domain.Rostering;
using Suite.Scheduling.Domain.Stores;

namespace Suite.Scheduling.Api;

/// <summary>
/// An agent's published shifts over local days <see cref="From"/> to <see cref="To"/>, earliest first: what
/// the agent is on duty for, without the rest of the roster or its coverage report.
/// </summary>
public sealed record AgentShiftsResponse(Guid AgentId, DateOnly From, DateOnly To, double PaidHours, IReadOnlyList<AgentShiftResponse> Shifts);

/// <summary>
/// One published shift. Start and end are UTC instants; localStart and localEnd are the same instants on
/// the clock of the roster's time zone (with its offset), which is the clock the agent works by.
/// </summary>
public sealed record AgentShiftResponse(
    Guid Id,
    Guid RosterId,
    string RosterName,
    DateOnly Day,
    string TimeZone,
    DateTimeOffset Start,
    DateTimeOffset End,
    DateTimeOffset LocalStart,
    DateTimeOffset LocalEnd,
    Guid ShiftTemplateId,
    string ShiftName,
    AgentShiftQueueResponse Queue,
    IReadOnlyList<AgentShiftBreakResponse> Breaks,
    double PaidHours,
    bool IsLate,
    bool IsWeekend)
{
    public static AgentShiftResponse From(RosterAssignment assignment, Roster roster, Queue queue, Store store)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(roster.TimeZone);
        return new AgentShiftResponse(
            assignment.Id, roster.Id, roster.Name, assignment.Day, roster.TimeZone,
            assignment.Start.ToUniversalTime(), assignment.End.ToUniversalTime(),
            TimeZoneInfo.ConvertTime(assignment.Start, zone), TimeZoneInfo.ConvertTime(assignment.End, zone),
            assignment.ShiftTemplateId, assignment.ShiftName,
            new AgentShiftQueueResponse(queue.Id, queue.Name, new AgentShiftStoreResponse(store.Id, store.Code, store.Name, store.Platform)),
            assignment.Breaks.Select(pause => new AgentShiftBreakResponse(
                pause.Start.ToUniversalTime(), pause.End.ToUniversalTime(), TimeZoneInfo.ConvertTime(pause.Start, zone), TimeZoneInfo.ConvertTime(pause.End, zone))).ToList(),
            Math.Round(assignment.PaidHours, 4), assignment.IsLate, assignment.IsWeekend);
    }
}

public sealed record AgentShiftQueueResponse(Guid Id, string Name, AgentShiftStoreResponse Store);

public sealed record AgentShiftStoreResponse(Guid Id, string Code, string Name, string Platform);

public sealed record AgentShiftBreakResponse(DateTimeOffset Start, DateTimeOffset End, DateTimeOffset LocalStart, DateTimeOffset LocalEnd);
