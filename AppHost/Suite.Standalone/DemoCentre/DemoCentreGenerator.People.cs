namespace Suite.Standalone.DemoCentre;

internal sealed partial class DemoCentreGenerator
{
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

        var leaders = _plan.Agents.Where(agent => agent.Level == "team-leader").ToList();
        await ForEachAsync("Forming teams", leaders, (leader, _) => api.PostAsync("/api/scheduling/teams",
            new { name = leader.Team.Name, leaderId = _agentIds[leader.EmployeeNumber] }, cancellationToken));
    }
}
