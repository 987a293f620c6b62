using Suite.Gateway.ApiReference;
using Suite.Gateway.Proxy;
using Suite.Gateway.RateLimiting;
using Suite.Gateway.SupervisorConsole;

namespace Suite.Gateway;

/// <summary>
/// Adds and maps the gateway: the suite's one public entry point. It authenticates the caller, limits each
/// tenant's request rate, and proxies REST and gRPC to the services, which validate the forwarded token again.
/// Its own Program and the embedded default host compose it the same way. Its routes claim /api/{service}/…
/// and the gRPC paths of every service, so it needs a WebApplication of its own, never one that also maps
/// the services' modules.
/// </summary>
public static class GatewayModule
{
    public const string Name = "gateway";

    /// <summary>Needs AddServiceDefaults first: it brings authentication, ProblemDetails and service discovery.</summary>
    public static IHostApplicationBuilder AddGatewayModule(this IHostApplicationBuilder builder)
    {
        builder.AddShippedProxyConfigurationUnlessConfigured();
        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection(ShippedProxyConfiguration.SectionName))
            .AddServiceDiscoveryDestinationResolver()
            .AddTransforms(CorrelationIdTransform.Add);
        builder.AddTenantRateLimiting();
        return builder;
    }

    /// <summary>Needs UseServiceDefaults first, so the rate limiter can partition on the authenticated tenant.</summary>
    public static WebApplication MapGatewayModule(this WebApplication app)
    {
        app.UseRateLimiter();
        app.MapSuiteApiReference();
        app.MapSupervisorConsole();
        app.MapReverseProxy(proxy =>
        {
            proxy.UseMiddleware<ProxyErrorProblemDetails>();
            proxy.UseSessionAffinity();
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        });
        return app;
    }
}
