using System.Net.Http.Json;
using Grpc.Core;
using Suite.Contracts.Scheduling.V1;
using Suite.Scheduling.Api;
using Suite.ServiceDefaults.Auth;
using Suite.ServiceDefaults;
using Suite.Testing;

namespace Suite.Scheduling.Tests;

public sealed class AgentGrpcTests : IAsyncLifetime
{
    private readonly ServiceFactory<Suite.Scheduling.Grpc.SchedulingGrpcService> _service = new(SchedulingModule.Name);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _service.DisposeAsync();

    private static Metadata Bearer(string tenant) => new() { { "Authorization", $"Bearer {TestTokens.For(tenant, SuiteRoles.Supervisor)}" } };

    [Fact]
    public async Task GetAgent_answers_within_the_callers_tenant_only()
    {
        var created = await _service.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor).PostAsJsonAsync("/api/scheduling/agents", new
        {
            employeeNumber = "CS-7", displayName = "Wang Fang", team = "JD pre-sales", level = "gold-medal-customer-service",
            skills = new[] { "pre-sales" }, hiredOn = "2026-10-01",
        }, TestContext.Current.CancellationToken);
        var agent = await created.Content.ReadFromJsonAsync<AgentResponse>(SuiteJson.Options, TestContext.Current.CancellationToken);
        var client = new SchedulingService.SchedulingServiceClient(_service.GrpcChannel());

        var reply = await client.GetAgentAsync(new GetAgentRequest { AgentId = agent!.Id.ToString() }, Bearer(TestTokens.TenantA));
        var otherTenant = await Assert.ThrowsAsync<RpcException>(() =>
            client.GetAgentAsync(new GetAgentRequest { AgentId = agent.Id.ToString() }, Bearer(TestTokens.TenantB)).ResponseAsync);
        var badId = await Assert.ThrowsAsync<RpcException>(() =>
            client.GetAgentAsync(new GetAgentRequest { AgentId = "nope" }, Bearer(TestTokens.TenantA)).ResponseAsync);
        var anonymous = await Assert.ThrowsAsync<RpcException>(() =>
            client.GetAgentAsync(new GetAgentRequest { AgentId = agent.Id.ToString() }).ResponseAsync);

        Assert.Equal("Wang Fang", reply.DisplayName);
        Assert.Equal("gold-medal-customer-service", reply.Level);
        Assert.Equal(["pre-sales"], reply.Skills);
        Assert.Equal(StatusCode.NotFound, otherTenant.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, badId.StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, anonymous.StatusCode);
    }
}
