namespace Suite.Standalone.DemoCentre;

internal sealed partial class DemoCentreGenerator
{
    private const int TimeOffRequests = 32;

    private static readonly string[] LeaveNotes = ["年假", "病假", "事假：家里有事", "调休", "婚假", "孩子开家长会"];

    // Requests made by the agents themselves before the rosters are drawn up, so the approved ones are
    // honoured by the roster generator. A quarter were approved in the past weeks, the rest spread
    // over next week in every state: approved, waiting for a leader, rejected for the sale, withdrawn.
    private async Task TimeOffAsync(CancellationToken cancellationToken)
    {
        var agents = FrontLine.ToList();
        var requesters = Enumerable.Range(0, TimeOffRequests).Select(n => agents[(n * 37 + seed) % agents.Count])
            .Where(agent => agent != ConsoleAgent).Distinct().Append(ConsoleAgent).ToList();
        await ForEachAsync("Requesting time off", requesters, async (agent, random) =>
        {
            // The console's agent has a request for next week waiting for a leader, as the twelfth requester's is.
            var index = agent == ConsoleAgent ? 11 : requesters.IndexOf(agent);

            var asAgent = AgentToken(agent);
            var past = index < TimeOffRequests / 4;
            var first = past ? FirstDay.AddDays(random.Next(21)) : NextWeek.AddDays(random.Next(6));
            var partDay = !past && index % 5 == 0;
            var requested = await api.PostAsync("/api/scheduling/time-off", new
            {
                firstDay = first,
                lastDay = partDay ? first : first.AddDays(random.Next(2)),
                startTime = partDay ? "14:00" : null,
                endTime = partDay ? "18:00" : null,
                note = partDay ? "下午去医院复查" : LeaveNotes[random.Next(LeaveNotes.Length)],
            }, cancellationToken, asAgent);
            var path = $"/api/scheduling/time-off/{IdOf(requested)}";
            switch (past ? 0 : index % 4)
            {
                case 0:
                    await api.PostAsync($"{path}/approve", new { confirmCoverageImpact = false, reason = "已安排顶班" }, cancellationToken);
                    break;
                case 1:
                    await api.PostAsync($"{path}/reject", new { reason = "大促备战期间人手紧张，请改期" }, cancellationToken);
                    break;
                case 2:
                    await api.PostAsync($"{path}/cancel", new { }, cancellationToken, asAgent);
                    break;
                default:
                    break;
            }
        });
    }

    private string AgentToken(DemoAgent agent) => _tokens.Agent(_agentIds[agent.EmployeeNumber], agent.Name);
}
