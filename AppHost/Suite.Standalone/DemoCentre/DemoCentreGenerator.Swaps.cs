namespace Suite.Standalone.DemoCentre;

internal sealed partial class DemoCentreGenerator
{
    private const int ShiftSwaps = 16;

    // The states a swap is left in, in order of the swaps made: waiting for the partner, waiting for a
    // leader, approved, declined by the partner, rejected by a leader, withdrawn by the requester.
    private static readonly string[] SwapEndings = ["proposed", "accepted", "approved", "proposed", "approved", "declined", "rejected", "cancelled"];

    // Agents of a team trading shifts on the days still ahead (this week's published roster, or next
    // week's draft when this week is over): the requester offers its shift for a teammate's shift of
    // the same day. Scheduling checks every proposal and approval against the roster rules; a pair it
    // refuses (rest time, weekly hours) is skipped for the next one.
    private async Task SwapsAsync(CancellationToken cancellationToken)
    {
        var roster = _rosters.FirstOrDefault(week => week.Published && week.LastDay > today) ?? _rosters[^1];
        var byAgent = _plan.Agents.Concat(_plan.Management).ToDictionary(agent => _agentIds[agent.EmployeeNumber]);
        var consoleAgent = _agentIds[ConsoleAgent.EmployeeNumber];
        var candidates = roster.Shifts
            .Where(shift => shift.Day > today && byAgent[shift.AgentId].Level != "team-leader")
            .GroupBy(shift => (shift.Day, byAgent[shift.AgentId].Team.Name))
            .OrderBy(group => group.Key.Day).ThenBy(group => group.Key.Name, StringComparer.Ordinal)
            .SelectMany(group =>
            {
                var shifts = group.OrderBy(shift => byAgent[shift.AgentId].EmployeeNumber, StringComparer.Ordinal).ToList();
                var neighbours = shifts.Zip(shifts.Skip(1)).SelectMany(pair => new[] { pair, (First: pair.Second, Second: pair.First) });
                // Any teammate on another shift that day may ask the console's agent.
                var askingConsoleAgent = shifts.Where(shift => shift.AgentId != consoleAgent)
                    .SelectMany(other => shifts.Where(shift => shift.AgentId == consoleAgent).Select(own => (First: other, Second: own)));
                return neighbours.Concat(askingConsoleAgent).Where(pair => pair.First.ShiftName != pair.Second.ShiftName).Distinct();
            })
            .ToList();
        var random = new Random(seed ^ StableHash("swaps"));
        var busy = new HashSet<Guid>();
        progress.Start("Swapping shifts", ShiftSwaps);
        var made = 0;
        // The first proposal, left waiting for its partner, goes to the console's agent when it works then.
        foreach (var (mine, theirs) in candidates.OrderBy(_ => random.Next()).OrderBy(pair => pair.Second.AgentId == consoleAgent ? 0 : 1))
        {
            if (made == ShiftSwaps)
            {
                break;
            }

            if (busy.Contains(mine.AgentId) || busy.Contains(theirs.AgentId))
            {
                continue;
            }

            var requester = byAgent[mine.AgentId];
            var partner = byAgent[theirs.AgentId];
            var proposed = await api.TryPostAsync("/api/scheduling/shift-swaps", new
            {
                assignmentId = mine.Id,
                partnerId = theirs.AgentId,
                partnerAssignmentId = theirs.Id,
                note = $"{mine.Day:M月d日}家里有事，想和{partner.Name}换个班",
            }, cancellationToken, AgentToken(requester));
            if (proposed is not { } swap)
            {
                continue;
            }

            busy.Add(mine.AgentId);
            busy.Add(theirs.AgentId);
            var path = $"/api/scheduling/shift-swaps/{IdOf(swap)}";
            var ending = SwapEndings[made % SwapEndings.Length];
            if (ending is "accepted" or "approved" or "rejected")
            {
                await api.PostAsync($"{path}/accept", new { }, cancellationToken, AgentToken(partner));
            }

            switch (ending)
            {
                case "approved":
                    // Approval checks the rules again against the roster as it is now; a refusal leaves the swap accepted.
                    await api.TryPostAsync($"{path}/approve", new { }, cancellationToken);
                    break;
                case "rejected":
                    await api.PostAsync($"{path}/reject", new { reason = "当天该时段人手不足，暂不调整" }, cancellationToken);
                    break;
                case "declined":
                    await api.PostAsync($"{path}/decline", new { reason = "那天我也有安排" }, cancellationToken, AgentToken(partner));
                    break;
                case "cancelled":
                    await api.PostAsync($"{path}/cancel", new { }, cancellationToken, AgentToken(requester));
                    break;
                default:
                    break;
            }

            progress.Report(++made);
        }

        progress.Finish(made);
    }
}
