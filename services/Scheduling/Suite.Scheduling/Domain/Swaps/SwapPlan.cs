using Suite.Scheduling.Domain.Rostering;

namespace Suite.Scheduling.Domain.Swaps;

/// <summary>
/// Checks a swap against the roster's hard rules: each agent on the shift it would get, next to the
/// shifts it keeps. The same <see cref="RosterRuleChecker"/> judges generated rosters and manual edits.
/// </summary>
public static class SwapPlan
{
    /// <param name="requester">Agent A, who gives <paramref name="given"/> away.</param>
    /// <param name="partner">Agent B, who takes <paramref name="given"/> and, in an exchange, gives <paramref name="taken"/> to A.</param>
    /// <param name="queues">The roster's queues by id.</param>
    /// <param name="assignments">Every assignment of the roster as it stands.</param>
    public static List<RuleViolation> Check(
        RosterRuleChecker checker,
        RosterAgent requester,
        RosterAgent partner,
        RosterAssignment given,
        RosterAssignment? taken,
        IReadOnlyDictionary<Guid, RosterQueue> queues,
        IReadOnlyList<RosterAssignment> assignments)
    {
        List<PlannedShift> KeptBy(Guid agentId) => assignments
            .Where(assignment => assignment.AgentId == agentId && assignment.Id != given.Id && assignment.Id != taken?.Id)
            .Select(assignment => assignment.Shift)
            .ToList();

        var violations = checker.Check(partner, queues[given.QueueId], given.Shift, KeptBy(partner.Id));
        if (taken is not null)
        {
            violations.AddRange(checker.Check(requester, queues[taken.QueueId], taken.Shift, KeptBy(requester.Id)));
        }

        return violations;
    }
}
