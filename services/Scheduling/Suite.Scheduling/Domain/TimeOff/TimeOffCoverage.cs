using Suite.Scheduling.Domain.Rostering;

namespace Suite.Scheduling.Domain.TimeOff;

/// <summary>A shift of a published roster the agent would miss if the request were approved.</summary>
public sealed record AffectedShift(Guid RosterId, Guid QueueId, DateOnly Day, string ShiftName, DateTime LocalStart, DateTime LocalEnd, double PaidHours);

/// <summary>What approving a request takes away from published rosters.</summary>
public static class TimeOffCoverage
{
    /// <summary>
    /// The agent's shifts that the request covers at least in part, in local time (a night shift that
    /// ends on a day off counts too). <paramref name="assignments"/> are the agent's published ones.
    /// </summary>
    public static List<AffectedShift> Affected(TimeOffRequest request, IEnumerable<RosterAssignment> assignments) =>
        assignments
            .Where(assignment => assignment.AgentId == request.AgentId && request.Covers(assignment.LocalStart, assignment.LocalEnd))
            .OrderBy(assignment => assignment.Start)
            .Select(assignment => new AffectedShift(
                assignment.RosterId, assignment.QueueId, assignment.Day, assignment.ShiftName, assignment.LocalStart, assignment.LocalEnd, assignment.PaidHours))
            .ToList();
}
