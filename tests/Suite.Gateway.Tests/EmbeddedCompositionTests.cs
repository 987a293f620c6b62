using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;
using Yarp.ReverseProxy;

namespace Suite.Gateway.Tests;

/// <summary>
/// The gateway composed the way the embedded default host composes it: configuration built in code with no
/// appsettings.json at all, only the signing key and the services:{service}:{http,grpc}:0 addresses.
/// </summary>
public sealed class EmbeddedCompositionTests(SchedulingBehindGateway suite)
{
    private async Task<WebApplication> StartGatewayAsync(IDictionary<string, string?> extraSettings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Development,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.Sources.Clear();
        var settings = new Dictionary<string, string?>
        {
            ["Auth:SigningKey"] = SuiteAuthOptions.DevelopmentSigningKey,
            ["services:scheduling:http:0"] = suite.SchedulingHttp.ToString(),
            ["services:scheduling:grpc:0"] = suite.SchedulingGrpc.ToString(),
        };
        foreach (var (endpoint, address) in SchedulingBehindGateway.UnreachableEndpoints)
        {
            settings[$"services:{endpoint}:0"] = address;
        }

        foreach (var (key, value) in extraSettings)
        {
            settings[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseTestServer();
        builder.AddServiceDefaults();
        builder.AddGatewayModule();

        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapDefaultEndpoints();
        app.MapGatewayModule();
        await app.StartAsync();
        return app;
    }

    [Fact]
    public async Task Without_appsettings_the_gateway_still_routes_every_service_and_authenticates()
    {
        await using var gateway = await StartGatewayAsync(new Dictionary<string, string?>());
        var client = gateway.GetTestClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/scheduling/agents");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(TestTokens.TenantA, SuiteRoles.Agent));

        var served = await client.SendAsync(request);
        var anonymous = await client.GetAsync("/api/scheduling/agents");
        var routes = gateway.Services.GetRequiredService<IProxyStateLookup>().GetRoutes().Select(route => route.Config.RouteId);

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(
            ["complaints-api", "complaints-grpc", "complaints-openapi", "quality-api", "quality-grpc", "quality-openapi",
             "scheduling-api", "scheduling-grpc", "scheduling-openapi", "training-api", "training-grpc", "training-openapi"],
            routes.Order());
    }

    [Fact]
    public async Task A_host_that_configures_routes_itself_gets_only_its_own()
    {
        await using var gateway = await StartGatewayAsync(new Dictionary<string, string?>
        {
            ["ReverseProxy:Routes:only-scheduling:ClusterId"] = "scheduling",
            ["ReverseProxy:Routes:only-scheduling:AuthorizationPolicy"] = "default",
            ["ReverseProxy:Routes:only-scheduling:Match:Path"] = "/api/scheduling/{**rest}",
            ["ReverseProxy:Clusters:scheduling:Destinations:scheduling:Address"] = "http://scheduling",
        });

        var routes = gateway.Services.GetRequiredService<IProxyStateLookup>().GetRoutes().Select(route => route.Config.RouteId);

        Assert.Equal(["only-scheduling"], routes);
    }
}
