using System.Net;
using System.Net.Http.Headers;
using Grpc.Core;
using Grpc.Net.Client;
using Suite.Contracts.Scheduling.V1;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;

namespace Suite.SystemTests;

/// <summary>The embedded default as a newcomer runs it: one process, no servers, the loop through the gateway.</summary>
public sealed class StandaloneHostTests(StandaloneHost host, ITestOutputHelper output) : IClassFixture<StandaloneHost>
{
    private Uri Gateway => host.Gateway;

    private int GatewayGrpcPort => host.GatewayGrpcPort;

    [Fact]
    public async Task The_loop_closes_through_the_gateway()
    {
        output.WriteLine(host.ReadyBanner);
        var loop = new ClosedLoop(Gateway, TestTokens.For("demo", SuiteRoles.Supervisor));

        var timings = await loop.RunAsync("LOOP-001", TimeSpan.FromSeconds(30));
        var unknownAgent = await loop.FileAgainstUnknownAgentAsync();

        output.WriteLine($"hire -> enrolment visible: {timings.HireToEnrolment.TotalMilliseconds:F0} ms; complaint -> ledger visible: {timings.ComplaintToLedger.TotalMilliseconds:F0} ms");
        Assert.True(unknownAgent.StatusCode is >= HttpStatusCode.BadRequest and < HttpStatusCode.InternalServerError,
            $"unknown agent gave {(int)unknownAgent.StatusCode}");
        Assert.Equal("application/problem+json", unknownAgent.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_demo_tenant_is_seeded_and_its_token_command_works()
    {
        var token = await RunTokenCommandAsync("--role", "supervisor");
        using var client = new HttpClient { BaseAddress = Gateway };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var agents = await client.GetStringAsync("/api/scheduling/agents");
        var anonymous = await new HttpClient { BaseAddress = Gateway }.GetAsync("/api/scheduling/agents");

        Assert.Contains("\"employeeNumber\":\"TM-001\"", agents);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task The_token_command_names_an_agents_id_when_asked()
    {
        var agentId = Guid.NewGuid();

        var token = await RunTokenCommandAsync("--role", "agent", "--agent", agentId.ToString());

        var claims = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(token);
        Assert.Equal(agentId.ToString(), claims.GetClaim(SuiteClaims.Agent).Value);
        Assert.Equal(SuiteRoles.Agent, claims.GetClaim(SuiteClaims.Role).Value);
    }

    [Fact]
    public async Task The_demo_identities_include_an_agent_whose_token_names_a_seeded_agent()
    {
        using var client = new HttpClient { BaseAddress = Gateway };

        var identities = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/console/demo-identities")).RootElement;

        var roles = identities.EnumerateArray().Select(identity => identity.GetProperty("role").GetString()).ToList();
        Assert.Equal([SuiteRoles.Supervisor, SuiteRoles.Manager, SuiteRoles.TeamLeader, SuiteRoles.Integrator, SuiteRoles.Agent], roles);
        var agentToken = identities.EnumerateArray().Single(identity => identity.GetProperty("role").GetString() == SuiteRoles.Agent).GetProperty("token").GetString()!;
        var agentId = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(agentToken).GetClaim(SuiteClaims.Agent).Value;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For("demo", SuiteRoles.Supervisor));
        var agent = await client.GetAsync($"/api/scheduling/agents/{agentId}");
        Assert.Equal(HttpStatusCode.OK, agent.StatusCode);
    }

    [Fact]
    public async Task gRPC_reaches_a_service_through_the_gateway_with_a_token_only()
    {
        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{GatewayGrpcPort}");
        var client = new SchedulingService.SchedulingServiceClient(channel);
        var token = TestTokens.For("demo", SuiteRoles.Supervisor);
        using var http = new HttpClient { BaseAddress = Gateway };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var page = await http.GetStringAsync("/api/scheduling/agents?pageSize=1");
        var agentId = System.Text.Json.JsonDocument.Parse(page).RootElement.GetProperty("items")[0].GetProperty("id").GetString();

        var agent = await client.GetAgentAsync(new GetAgentRequest { AgentId = agentId }, new Metadata { { "Authorization", $"Bearer {token}" } });
        var anonymous = await Assert.ThrowsAsync<RpcException>(async () => await client.GetAgentAsync(new GetAgentRequest { AgentId = agentId }));

        Assert.Equal(agentId, agent.AgentId);
        Assert.Equal(StatusCode.Unauthenticated, anonymous.StatusCode);
    }

    [Fact]
    public async Task The_API_reference_lists_all_four_services_anonymously()
    {
        using var client = new HttpClient { BaseAddress = Gateway };
        foreach (var service in new[] { "scheduling", "training", "quality", "complaints" })
        {
            var document = await client.GetStringAsync($"/openapi/{service}.json");
            Assert.Contains($"/api/{service}/", document);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/scalar")).StatusCode);
    }

    private async Task<string> RunTokenCommandAsync(params string[] args)
    {
        await using var command = SuiteProcess.Start("token", "AppHost/Suite.Standalone", new Dictionary<string, string>(), ["token", .. args]);
        await Eventually.True(() => Task.FromResult(command.HasExited), TimeSpan.FromSeconds(60), "the token command to exit");
        return command.Output.Single(line => !line.StartsWith("err:")).Trim();
    }
}
