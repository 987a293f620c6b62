using Microsoft.AspNetCore.RateLimiting;

namespace Suite.Gateway.RateLimiting;

internal static class RateLimitingExtensions
{
    /// <summary>
    /// Registers the per-tenant policy the proxied routes name (RateLimiterPolicy "per-tenant" in ReverseProxy
    /// configuration). There is no global limiter: health checks and the API reference are never throttled.
    /// </summary>
    public static IHostApplicationBuilder AddTenantRateLimiting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TenantRateLimitOptions>()
            .BindConfiguration(TenantRateLimitOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy<string, TenantRateLimitPolicy>(TenantRateLimitPolicy.Name);
        });
        return builder;
    }
}
