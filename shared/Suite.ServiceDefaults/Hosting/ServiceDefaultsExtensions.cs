using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Suite.ServiceDefaults.Auth;
using Suite.ServiceDefaults.Errors;
using Suite.ServiceDefaults.Telemetry;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.ServiceDefaults;

public static class ServiceDefaultsExtensions
{
    /// <summary>
    /// What every process of the suite needs before its own features: telemetry, health checks,
    /// service discovery with resilient clients, ProblemDetails errors, bearer authentication and
    /// the tenant of the caller.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        builder.AddSuiteTelemetry();
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [HealthTags.Live]);

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSuiteProblemDetails();
        builder.AddSuiteAuthentication();
        builder.Services.AddSingleton<DevelopmentTokenIssuer>();
        builder.Services.AddScoped<TenantContext>();
        builder.Services.AddScoped<ITenantContext>(services => services.GetRequiredService<TenantContext>());
        return builder;
    }

    /// <summary>The request pipeline every service shares, in the order the checks must happen.</summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseSuiteProblemDetails();
        app.UseAuthentication();
        app.UseMiddleware<TenantMiddleware>();
        app.UseAuthorization();
        return app;
    }

    /// <summary>
    /// /health/live answers whether the process runs; /health/ready whether its database and bus
    /// answer, which is what a load balancer or orchestrator should route on.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthTags.Live) })
            .AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => !check.Tags.Contains(HealthTags.Live) })
            .AllowAnonymous();
        return app;
    }
}
