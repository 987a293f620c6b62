using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;

namespace Suite.Gateway.Tests;

/// <summary>Against a gateway that lets each client make two requests an hour, inside a generous tenant budget.</summary>
public sealed class GatewayClientRateLimitTests(SchedulingBehindClientLimitedGateway suite) : IClassFixture<SchedulingBehindClientLimitedGateway>
{
    private const int Limit = SchedulingBehindClientLimitedGateway.ClientPermitsPerWindow;

    private static readonly DevelopmentTokenIssuer Tokens = new(TestTokens.Options, TimeProvider.System);

    [Fact]
    public async Task A_client_over_its_limit_gets_429_with_Retry_After_while_another_client_of_the_tenant_is_served()
    {
        var tenant = $"tenant-{Guid.NewGuid():N}";
        var chatty = suite.ClientWithToken(Tokens.Issue("crm-connector", tenant, [SuiteRoles.Integrator]));
        var colleague = suite.ClientWithToken(Tokens.Issue("supervisor-wang", tenant, [SuiteRoles.Supervisor]));
        for (var i = 0; i < Limit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await chatty.GetAsync("/api/scheduling/agents")).StatusCode);
        }

        var refused = await chatty.GetAsync("/api/scheduling/agents");
        var served = await colleague.GetAsync("/api/scheduling/agents");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, SchedulingBehindClientLimitedGateway.WindowSeconds);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<ProblemDetails>(SuiteJson.Options);
        Assert.Equal(StatusCodes.Status429TooManyRequests, problem!.Status);
        Assert.Contains($"Each client may send {Limit} requests per {SchedulingBehindClientLimitedGateway.WindowSeconds} s", problem.Detail);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

    [Fact]
    public async Task The_same_subject_in_another_tenant_is_another_client()
    {
        var first = suite.ClientWithToken(Tokens.Issue("shared-connector", $"tenant-{Guid.NewGuid():N}", [SuiteRoles.Integrator]));
        var second = suite.ClientWithToken(Tokens.Issue("shared-connector", $"tenant-{Guid.NewGuid():N}", [SuiteRoles.Integrator]));
        for (var i = 0; i < Limit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/api/scheduling/agents")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await first.GetAsync("/api/scheduling/agents")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/scheduling/agents")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_health_checks_are_not_limited_per_client()
    {
        var anonymous = suite.AnonymousClient();

        for (var i = 0; i < Limit * 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
        }
    }
}

/// <summary>Scheduling behind a gateway allowing each client two requests an hour and each tenant a thousand.</summary>
public sealed class SchedulingBehindClientLimitedGateway() : SchedulingBehindGateway(new Dictionary<string, string?>
{
    ["RateLimiting:PermitsPerWindow"] = "1000",
    ["RateLimiting:ClientPermitsPerWindow"] = ClientPermitsPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ["RateLimiting:WindowSeconds"] = WindowSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
})
{
    public const int ClientPermitsPerWindow = 2;
    public const int WindowSeconds = 3600;
}
