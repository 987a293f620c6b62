using System.Net.Http.Json;
using Grpc.Core;
using Suite.Contracts.Scheduling.V1;
using Suite.Contracts.Training.V1;
using Suite.Scheduling.Api;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;

namespace Suite.Gateway.Tests;

/// <summary>gRPC over cleartext HTTP/2 through the gateway's gRPC port, the way an integrator calls it.</summary>
public sealed class GatewayGrpcTests(SchedulingBehindGateway suite)
{
    private static Metadata Bearer(string tenant) =>
        new() { { "Authorization", $"Bearer {TestTokens.For(tenant, SuiteRoles.Integrator)}" } };

    private async Task<AgentResponse> HireAsync(string tenant)
    {
        var response = await suite.ClientFor(tenant, SuiteRoles.Supervisor).PostAsJsonAsync("/api/scheduling/agents", new
        {
            employeeNumber = "GW-GRPC-1", displayName = "Sun Mei", team = "Pinduoduo pre-sales",
            level = "gold-medal-customer-service", skills = new[] { "pre-sales" }, hiredOn = "2026-10-01",
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<AgentResponse>(SuiteJson.Options))!;
    }

    [Fact]
    public async Task GetAgent_passes_through_to_Scheduling_over_HTTP2()
    {
        var tenant = $"tenant-{Guid.NewGuid():N}";
        var agent = await HireAsync(tenant);
        var client = new SchedulingService.SchedulingServiceClient(suite.GatewayGrpcChannel());
        var call = client.GetAgentAsync(new GetAgentRequest { AgentId = agent.Id.ToString() }, Bearer(tenant));

        var reply = await call.ResponseAsync;

        Assert.Equal("Sun Mei", reply.DisplayName);
        Assert.Equal(tenant, reply.TenantId);
        Assert.Equal(["pre-sales"], reply.Skills);
        var correlationId = (await call.ResponseHeadersAsync).GetValue(CorrelationIdMiddleware.HeaderName.ToLowerInvariant());
        var forwarded = Assert.Single(suite.ReceivedByScheduling.WithCorrelationId(correlationId!));
        Assert.Equal("/suite.scheduling.v1.SchedulingService/GetAgent", forwarded.Path);
        Assert.Equal("HTTP/2", forwarded.Protocol);
    }

    [Fact]
    public async Task The_services_gRPC_status_comes_back_through_the_gateway()
    {
        var tenant = $"tenant-{Guid.NewGuid():N}";
        var agent = await HireAsync(tenant);
        var client = new SchedulingService.SchedulingServiceClient(suite.GatewayGrpcChannel());

        var unknown = await Assert.ThrowsAsync<RpcException>(() =>
            client.GetAgentAsync(new GetAgentRequest { AgentId = Guid.NewGuid().ToString() }, Bearer(tenant)).ResponseAsync);
        var otherTenant = await Assert.ThrowsAsync<RpcException>(() =>
            client.GetAgentAsync(new GetAgentRequest { AgentId = agent.Id.ToString() }, Bearer(TestTokens.TenantB)).ResponseAsync);
        var badId = await Assert.ThrowsAsync<RpcException>(() =>
            client.GetAgentAsync(new GetAgentRequest { AgentId = "nope" }, Bearer(tenant)).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(StatusCode.NotFound, otherTenant.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, badId.StatusCode);
    }

    [Fact]
    public async Task A_call_without_a_valid_token_is_unauthenticated_and_never_reaches_the_service()
    {
        var correlationId = $"gw-test-{Guid.NewGuid():N}";
        var client = new SchedulingService.SchedulingServiceClient(suite.GatewayGrpcChannel());
        var request = new GetAgentRequest { AgentId = Guid.NewGuid().ToString() };
        var anonymous = new Metadata { { CorrelationIdMiddleware.HeaderName, correlationId } };
        var forged = new Metadata
        {
            { CorrelationIdMiddleware.HeaderName, correlationId },
            { "Authorization", $"Bearer {TestTokens.SignedWithAnotherKey(TestTokens.TenantA, SuiteRoles.Integrator)}" },
        };

        var anonymousCall = await Assert.ThrowsAsync<RpcException>(() => client.GetAgentAsync(request, anonymous).ResponseAsync);
        var forgedCall = await Assert.ThrowsAsync<RpcException>(() => client.GetAgentAsync(request, forged).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, anonymousCall.StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, forgedCall.StatusCode);
        Assert.Empty(suite.ReceivedByScheduling.WithCorrelationId(correlationId));
    }

    [Fact]
    public async Task A_service_whose_gRPC_port_cannot_be_reached_is_unavailable()
    {
        var client = new TrainingService.TrainingServiceClient(suite.GatewayGrpcChannel());

        var failure = await Assert.ThrowsAsync<RpcException>(() =>
            client.GetAgentEnrolmentsAsync(new GetAgentEnrolmentsRequest { AgentId = Guid.NewGuid().ToString() }, Bearer(TestTokens.TenantA)).ResponseAsync);

        Assert.Equal(StatusCode.Unavailable, failure.StatusCode);
    }
}
