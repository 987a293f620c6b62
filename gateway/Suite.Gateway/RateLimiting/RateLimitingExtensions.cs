using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Suite.Gateway.RateLimiting;

internal static class RateLimitingExtensions
{
    /// <summary>
    /// Registers the per-tenant policy the proxied routes name (RateLimiterPolicy "per-tenant" in ReverseProxy
    /// configuration), and a per-client limit on every authenticated request. Anonymous requests are not
    /// limited per client, so health checks are never throttled.
    /// </summary>
    public static IHostApplicationBuilder AddTenantRateLimiting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TenantRateLimitOptions>()
            .BindConfiguration(TenantRateLimitOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<RateLimiterOptions>()
            .Configure<IOptions<TenantRateLimitOptions>, IProblemDetailsService>((options, limits, problemDetails) =>
            {
                options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
                options.GlobalLimiter = ClientRateLimiter.Create(limits.Value);
                options.OnRejected = (context, _) => ClientRateLimiter.RejectAsync(context, limits.Value, problemDetails);
                options.AddPolicy<string, TenantRateLimitPolicy>(TenantRateLimitPolicy.Name);
            });
        builder.Services.AddRateLimiter(_ => { });
        return builder;
    }
}
