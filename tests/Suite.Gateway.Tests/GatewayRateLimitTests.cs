using System.Net;
using System.Net.Http.Json;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Suite.Contracts.Scheduling.V1;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;

namespace Suite.Gateway.Tests;

/// <summary>Against a gateway configured with two requests per tenant per hour, so the limit is reached at once.</summary>
public sealed class GatewayRateLimitTests(SchedulingBehindStrictGateway suite) : IClassFixture<SchedulingBehindStrictGateway>
{
    private const int Limit = SchedulingBehindStrictGateway.PermitsPerWindow;

    private static string NewTenant() => $"tenant-{Guid.NewGuid():N}";

    [Fact]
    public async Task A_tenant_over_its_limit_gets_429_with_Retry_After_while_another_tenant_is_served()
    {
        var busy = suite.ClientFor(NewTenant(), SuiteRoles.Integrator);
        var calm = suite.ClientFor(NewTenant(), SuiteRoles.Integrator);
        for (var i = 0; i < Limit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("/api/scheduling/agents")).StatusCode);
        }

        var refused = await busy.GetAsync("/api/scheduling/agents");
        var other = await calm.GetAsync("/api/scheduling/agents");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, SchedulingBehindStrictGateway.WindowSeconds);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<ProblemDetails>(SuiteJson.Options);
        Assert.Equal(StatusCodes.Status429TooManyRequests, problem!.Status);
        Assert.Contains($"{Limit} requests per {SchedulingBehindStrictGateway.WindowSeconds} s", problem.Detail);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task REST_and_gRPC_calls_of_a_tenant_share_one_budget()
    {
        var tenant = NewTenant();
        var rest = suite.ClientFor(tenant, SuiteRoles.Integrator);
        for (var i = 0; i < Limit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await rest.GetAsync("/api/scheduling/agents")).StatusCode);
        }

        var client = new SchedulingService.SchedulingServiceClient(suite.GatewayGrpcChannel());
        var bearer = new Metadata { { "Authorization", $"Bearer {TestTokens.For(tenant, SuiteRoles.Integrator)}" } };
        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            client.GetAgentAsync(new GetAgentRequest { AgentId = Guid.NewGuid().ToString() }, bearer).ResponseAsync);

        // gRPC clients map HTTP 429 to UNAVAILABLE, the status they retry with backoff.
        Assert.Equal(StatusCode.Unavailable, refused.StatusCode);
        Assert.Contains("429", refused.Status.Detail);
    }

    [Fact]
    public async Task Health_checks_are_never_limited()
    {
        var anonymous = suite.AnonymousClient();

        for (var i = 0; i < Limit * 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
        }
    }
}
