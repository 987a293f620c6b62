namespace Suite.Scheduling.Domain.TimeOff;

/// <summary>
/// Who decides on an agent's time off and shift swaps: the leader of the agent's team, or anyone above
/// team leader (supervisor, manager). Nobody decides on their own request.
/// </summary>
public static class ApprovalAuthority
{
    /// <summary>Null when the caller may decide; otherwise why not, for a 403.</summary>
    public static string? Refusal(Guid? callerAgentId, bool isAboveTeamLeader, bool isTeamLeader, IReadOnlyCollection<Guid> requesters, IReadOnlyCollection<Guid?> teamLeaders)
    {
        if (callerAgentId is { } self && requesters.Contains(self))
        {
            return "Nobody approves their own request; another leader must decide.";
        }

        if (isAboveTeamLeader)
        {
            return null;
        }

        if (!isTeamLeader || callerAgentId is null)
        {
            return "Only the agent's team leader, a supervisor or a manager decides.";
        }

        return teamLeaders.All(leader => leader == callerAgentId)
            ? null
            : "Only the leader of the agent's team decides (or a supervisor or manager).";
    }
}
