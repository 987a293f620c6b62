using System.Net.Http.Json;
using Grpc.Core;
using Suite.Contracts.Scheduling.V1;
using Suite.Scheduling.Api;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;

namespace Suite.Scheduling.Tests;

public sealed class TeamGrpcTests : IAsyncLifetime
{
    private readonly ServiceFactory<Suite.Scheduling.Grpc.SchedulingGrpcService> _service = new(SchedulingModule.Name);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _service.DisposeAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static Metadata Bearer(string tenant) => new() { { "Authorization", $"Bearer {TestTokens.For(tenant, SuiteRoles.Supervisor)}" } };

    private SchedulingService.SchedulingServiceClient Client() => new(_service.GrpcChannel());

    private async Task<AgentResponse> HireAsync(string employeeNumber, string team, string level = "customer-service", string tenant = TestTokens.TenantA)
    {
        var response = await _service.ClientFor(tenant, SuiteRoles.Supervisor).PostAsJsonAsync("/api/scheduling/agents", new
        {
            employeeNumber, displayName = $"Agent {employeeNumber}", team, level, skills = new[] { "pre-sales" }, hiredOn = "2026-10-01",
        }, Cancel);
        return (await response.Content.ReadFromJsonAsync<AgentResponse>(SuiteJson.Options, Cancel))!;
    }

    [Fact]
    public async Task GetTeamLeader_answers_the_leader_of_the_agents_team()
    {
        var leader = await HireAsync("TL-1", "JD pre-sales", "team-leader");
        var agent = await HireAsync("CS-1", "JD pre-sales");
        var loner = await HireAsync("CS-2", "No such team");
        var leaderless = await HireAsync("CS-3", "Douyin");
        var supervisor = _service.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor);
        await supervisor.PostAsJsonAsync("/api/scheduling/teams", new { name = "JD pre-sales", leaderId = leader.Id }, Cancel);
        await supervisor.PostAsJsonAsync("/api/scheduling/teams", new { name = "Douyin" }, Cancel);

        var reply = await Client().GetTeamLeaderAsync(new GetTeamLeaderRequest { AgentId = agent.Id.ToString() }, Bearer(TestTokens.TenantA));

        Assert.Equal((leader.Id.ToString(), "team-leader"), (reply.AgentId, reply.Level));
        foreach (var (id, tenant) in new[] { (loner.Id, TestTokens.TenantA), (leaderless.Id, TestTokens.TenantA), (agent.Id, TestTokens.TenantB), (Guid.NewGuid(), TestTokens.TenantA) })
        {
            var notFound = await Assert.ThrowsAsync<RpcException>(() =>
                Client().GetTeamLeaderAsync(new GetTeamLeaderRequest { AgentId = id.ToString() }, Bearer(tenant)).ResponseAsync);
            Assert.Equal(StatusCode.NotFound, notFound.StatusCode);
        }

        var badId = await Assert.ThrowsAsync<RpcException>(() =>
            Client().GetTeamLeaderAsync(new GetTeamLeaderRequest { AgentId = "x" }, Bearer(TestTokens.TenantA)).ResponseAsync);
        var anonymous = await Assert.ThrowsAsync<RpcException>(() =>
            Client().GetTeamLeaderAsync(new GetTeamLeaderRequest { AgentId = agent.Id.ToString() }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, badId.StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, anonymous.StatusCode);
    }

    [Fact]
    public async Task ListAgents_pages_filters_and_stays_in_the_callers_tenant()
    {
        for (var i = 1; i <= 5; i++)
        {
            await HireAsync($"CS-{i}", i % 2 == 0 ? "Tmall" : "JD");
        }

        await HireAsync("TL-1", "JD", "team-leader");
        await HireAsync("CS-9", "JD", tenant: TestTokens.TenantB);

        var first = await Client().ListAgentsAsync(new ListAgentsRequest { PageSize = 4 }, Bearer(TestTokens.TenantA));
        var second = await Client().ListAgentsAsync(new ListAgentsRequest { PageSize = 4, PageToken = first.NextPageToken }, Bearer(TestTokens.TenantA));
        var jd = await Client().ListAgentsAsync(new ListAgentsRequest { Team = "JD", Level = "customer-service" }, Bearer(TestTokens.TenantA));
        var bySkill = await Client().ListAgentsAsync(new ListAgentsRequest { Skill = "PRE-SALES" }, Bearer(TestTokens.TenantA));

        Assert.Equal(6, first.Total);
        Assert.Equal(["CS-1", "CS-2", "CS-3", "CS-4"], first.Agents.Select(agent => agent.EmployeeNumber));
        Assert.Equal(["CS-5", "TL-1"], second.Agents.Select(agent => agent.EmployeeNumber));
        Assert.Equal("", second.NextPageToken);
        Assert.Equal(["CS-1", "CS-3", "CS-5"], jd.Agents.Select(agent => agent.EmployeeNumber));
        Assert.Equal(6, bySkill.Total);
        foreach (var bad in new[] { new ListAgentsRequest { Level = "wizard" }, new ListAgentsRequest { PageSize = 201 }, new ListAgentsRequest { PageToken = "abc" } })
        {
            var error = await Assert.ThrowsAsync<RpcException>(() => Client().ListAgentsAsync(bad, Bearer(TestTokens.TenantA)).ResponseAsync);
            Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        }

        var anonymous = await Assert.ThrowsAsync<RpcException>(() => Client().ListAgentsAsync(new ListAgentsRequest()).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, anonymous.StatusCode);
    }
}
