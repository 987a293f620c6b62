namespace Suite.Standalone.DemoCentre;

internal sealed partial class DemoCentreGenerator
{
    private DemoAgent? _consoleAgent;

    private DemoAgent ConsoleAgent => _consoleAgent ?? throw new InvalidOperationException("The people are hired first.");

    // Leaders first, so each team record can name its leader; then everyone else. Hiring raises
    // AgentHired, which enrols each agent in the onboarding path the training stage set up.
    private async Task PeopleAsync(CancellationToken cancellationToken)
    {
        var people = _plan.Management.Concat(_plan.Agents).ToList();
        await ForEachAsync("Hiring people", people, async (agent, random) =>
        {
            var hiredOn = agent.Level is "customer-service" && random.NextDouble() < 0.2
                ? today.AddDays(-random.Next(5, 60))
                : today.AddDays(-random.Next(200, 1500));
            var created = await api.PostAsync("/api/scheduling/agents", new
            {
                employeeNumber = agent.EmployeeNumber,
                displayName = agent.Name,
                team = agent.Team.Name,
                level = agent.Level,
                skills = agent.Skills,
                hiredOn,
                contractedWeeklyHours = 40,
                maxDailyReceptions = agent.Level == "gold-medal-customer-service" ? 320 : 300,
                availability = Enum.GetValues<DayOfWeek>().Select(day => new { day, start = "08:00", end = "23:59" }),
            }, cancellationToken);
            lock (_agentIds)
            {
                _agentIds[agent.EmployeeNumber] = IdOf(created);
            }
        });

        // The agent the console's sign-in page offers (the first customer-service agent it lists) gets a
        // bit of everything an agent answers to: an evaluation to acknowledge, a swap to accept.
        var offered = await api.GetAsync("/api/scheduling/agents?level=customer-service&pageSize=1", cancellationToken);
        _consoleAgent = _plan.Agents.Single(agent => agent.EmployeeNumber == offered.GetProperty("items")[0].GetProperty("employeeNumber").GetString());

        var leaders = _plan.Agents.Where(agent => agent.Level == "team-leader").ToList();
        await ForEachAsync("Forming teams", leaders, (leader, _) => api.PostAsync("/api/scheduling/teams",
            new { name = leader.Team.Name, leaderId = _agentIds[leader.EmployeeNumber] }, cancellationToken));
    }
}
