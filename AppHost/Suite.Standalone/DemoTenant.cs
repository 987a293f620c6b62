using System.Net.Http.Headers;
using System.Net.Http.Json;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;

namespace Suite.Standalone;

/// <summary>
/// The demo tenant a newcomer looks at: a small two-team centre, seeded on first start through the
/// public API at the gateway, so the seed travels the same paths (and raises the same events) as real use.
/// </summary>
internal sealed class DemoTenant(StandaloneOptions options, DevelopmentTokenIssuer tokens)
{
    public string SupervisorToken() =>
        tokens.Issue("demo-supervisor", options.DemoTenant, [SuiteRoles.Supervisor], TimeSpan.FromDays(7), "Demo Supervisor");

    public string IntegratorToken() =>
        tokens.Issue("demo-integrator", options.DemoTenant, [SuiteRoles.Integrator], TimeSpan.FromDays(7), "Demo Integrator");

    private static readonly (string Number, string Name, string Team, string Level, string[] Skills)[] Agents =
    [
        ("TM-001", "Zhang Wei", "Tmall flagship", "team-leader", ["pre-sales", "after-sales", "tmall"]),
        ("TM-002", "Li Na", "Tmall flagship", "gold-medal-customer-service", ["pre-sales", "tmall"]),
        ("TM-003", "Wang Fang", "Tmall flagship", "customer-service", ["after-sales", "tmall"]),
        ("TM-004", "Liu Yang", "Tmall flagship", "customer-service", ["pre-sales", "tmall", "taobao"]),
        ("JD-001", "Chen Jie", "JD and Pinduoduo", "team-leader", ["after-sales", "jd", "pinduoduo"]),
        ("JD-002", "Zhao Min", "JD and Pinduoduo", "customer-service", ["pre-sales", "jd"]),
        ("JD-003", "Sun Li", "JD and Pinduoduo", "customer-service", ["after-sales", "pinduoduo"]),
        ("DY-001", "Zhou Xin", "JD and Pinduoduo", "customer-service", ["pre-sales", "douyin"]),
    ];

    public async Task<int> SeedAsync(Uri gateway, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = gateway };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SupervisorToken());

        var existing = await client.GetFromJsonAsync<AgentPage>("/api/scheduling/agents?pageSize=1", SuiteJson.Options, cancellationToken);
        if (existing is { Total: > 0 })
        {
            return 0;
        }

        var hiredOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-7));
        foreach (var agent in Agents)
        {
            var response = await client.PostAsJsonAsync("/api/scheduling/agents", new
            {
                employeeNumber = agent.Number,
                displayName = agent.Name,
                team = agent.Team,
                level = agent.Level,
                skills = agent.Skills,
                hiredOn,
            }, SuiteJson.Options, cancellationToken);
            response.EnsureSuccessStatusCode();
        }

        return Agents.Length;
    }

    private sealed record AgentPage(int Total);
}
