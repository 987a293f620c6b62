using System.Net.Http.Headers;
using System.Net.Http.Json;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.Standalone.DemoCentre;

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

    /// <summary>
    /// Who a visitor of the console can be: the centre's management, an integrator, and one of the
    /// seeded agents (its token carries its agent id, so it sees what an agent may see).
    /// </summary>
    public async Task<IReadOnlyList<DemoIdentity>> IdentitiesAsync(Uri gateway, CancellationToken cancellationToken)
    {
        var lifetime = TimeSpan.FromDays(7);
        var identities = new List<DemoIdentity>
        {
            new(SuiteRoles.Supervisor, "Demo Supervisor", SupervisorToken()),
            new(SuiteRoles.Manager, "Demo Manager", tokens.Issue("demo-manager", options.DemoTenant, [SuiteRoles.Manager], lifetime, "Demo Manager")),
            new(SuiteRoles.TeamLeader, "Demo Team Leader", tokens.Issue("demo-team-leader", options.DemoTenant, [SuiteRoles.TeamLeader], lifetime, "Demo Team Leader")),
            new(SuiteRoles.Integrator, "Demo Integrator", IntegratorToken()),
        };

        using var client = new HttpClient { BaseAddress = gateway };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SupervisorToken());
        var agents = await client.GetFromJsonAsync<AgentList>("/api/scheduling/agents?level=customer-service&pageSize=1", SuiteJson.Options, cancellationToken);
        if (agents?.Items.FirstOrDefault() is { } agent)
        {
            identities.Add(new DemoIdentity(SuiteRoles.Agent, agent.DisplayName,
                tokens.Issue($"demo-agent-{agent.Id}", options.DemoTenant, [SuiteRoles.Agent], lifetime, agent.DisplayName, agent.Id)));
        }

        return identities;
    }

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

    /// <summary>Builds the large demo centre through the gateway, unless the tenant already has people.</summary>
    public async Task<int> SeedDemoCentreAsync(Uri gateway, CancellationToken cancellationToken)
    {
        if (await HasPeopleAsync(gateway, cancellationToken))
        {
            return 0;
        }

        Console.WriteLine($"Loading the demo centre into tenant {options.DemoTenant} (seed {options.DemoSeed})…");
        using var api = new SuiteApiClient(gateway, SupervisorToken());
        var generator = new DemoCentreGenerator(api, new DemoCentreTokens(tokens, options.DemoTenant), new ProgressBar(Console.Out, !Console.IsOutputRedirected), Console.Out,
            options.DemoSeed, DateOnly.FromDateTime(DateTime.UtcNow));
        await generator.RunAsync(cancellationToken);
        return generator.People;
    }

    public async Task<int> SeedAsync(Uri gateway, CancellationToken cancellationToken)
    {
        if (await HasPeopleAsync(gateway, cancellationToken))
        {
            return 0;
        }

        using var client = new HttpClient { BaseAddress = gateway };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SupervisorToken());

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

    private async Task<bool> HasPeopleAsync(Uri gateway, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = gateway };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SupervisorToken());
        var existing = await client.GetFromJsonAsync<AgentPage>("/api/scheduling/agents?pageSize=1", SuiteJson.Options, cancellationToken);
        return existing is { Total: > 0 };
    }

    private sealed record AgentPage(int Total);

    private sealed record AgentList(IReadOnlyList<AgentSummary> Items);

    private sealed record AgentSummary(Guid Id, string DisplayName);
}
