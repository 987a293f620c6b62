using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Yarp.ReverseProxy;

namespace Suite.Gateway.Tests;

/// <summary>
/// The shipped ReverseProxy configuration (appsettings.json) routes every service the same way; only Scheduling
/// runs in these tests, so this is what guards the other three services' routes and clusters.
/// </summary>
public sealed class GatewayConfigurationTests(SchedulingBehindGateway suite)
{
    public static TheoryData<string> Services => new() { "scheduling", "training", "quality", "complaints" };

    private IProxyStateLookup Proxy => suite.Gateway.Services.GetRequiredService<IProxyStateLookup>();

    [Theory]
    [MemberData(nameof(Services))]
    public void REST_and_OpenAPI_routes_go_to_the_services_http_endpoint(string service)
    {
        Assert.True(Proxy.TryGetRoute($"{service}-api", out var api));
        Assert.True(Proxy.TryGetRoute($"{service}-openapi", out var openApi));

        Assert.Equal($"/api/{service}/{{**rest}}", api.Config.Match.Path);
        Assert.Equal(service, api.Config.ClusterId);
        Assert.Equal("default", api.Config.AuthorizationPolicy);
        Assert.Equal("per-tenant", api.Config.RateLimiterPolicy);
        Assert.Equal($"/openapi/{service}.json", openApi.Config.Match.Path);
        Assert.Equal(service, openApi.Config.ClusterId);
        Assert.Equal("anonymous", openApi.Config.AuthorizationPolicy);
        Assert.Equal(AddressOf(service, "http"), Assert.Single(DestinationsOf(service)));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void The_gRPC_route_goes_to_the_services_grpc_endpoint_over_HTTP2_only(string service)
    {
        Assert.True(Proxy.TryGetRoute($"{service}-grpc", out var grpc));
        Assert.True(Proxy.TryGetCluster($"{service}-grpc", out var cluster));

        Assert.Equal($"/suite.{service}.v1.{{service}}/{{**method}}", grpc.Config.Match.Path);
        Assert.Equal(["POST"], grpc.Config.Match.Methods);
        Assert.Equal("default", grpc.Config.AuthorizationPolicy);
        Assert.Equal("per-tenant", grpc.Config.RateLimiterPolicy);
        Assert.Equal(HttpVersion.Version20, cluster.Model.Config.HttpRequest?.Version);
        Assert.Equal(HttpVersionPolicy.RequestVersionExact, cluster.Model.Config.HttpRequest?.VersionPolicy);
        Assert.Equal(AddressOf(service, "grpc"), Assert.Single(DestinationsOf($"{service}-grpc")));
    }

    private IEnumerable<Uri> DestinationsOf(string clusterId)
    {
        Assert.True(Proxy.TryGetCluster(clusterId, out var cluster));
        return cluster.Destinations.Values.Select(destination => new Uri(destination.Model.Config.Address));
    }

    /// <summary>Where service discovery should have sent the cluster: services:{service}:{endpoint}:0.</summary>
    private Uri AddressOf(string service, string endpoint) => service == "scheduling"
        ? (endpoint == "http" ? suite.SchedulingHttp : suite.SchedulingGrpc)
        : new Uri(SchedulingBehindGateway.UnreachableEndpoints[$"{service}:{endpoint}"]);
}
