using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Suite.ServiceDefaults.Auth;

namespace Suite.Gateway.RateLimiting;

/// <summary>
/// A fixed window per client of a tenant, applied to every authenticated request before the route's
/// per-tenant policy. Anonymous requests (health checks, OpenAPI documents) are not limited here.
/// </summary>
internal static class ClientRateLimiter
{
    public static PartitionedRateLimiter<HttpContext> Create(TenantRateLimitOptions limits)
    {
        var window = new FixedWindowRateLimiterOptions
        {
            PermitLimit = limits.ClientPermitsPerWindow,
            Window = TimeSpan.FromSeconds(limits.WindowSeconds),
            QueueLimit = limits.QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        };
        return PartitionedRateLimiter.Create<HttpContext, string>(context => ClientOf(context.User) is { } client
            ? RateLimitPartition.GetFixedWindowLimiter(client, _ => window)
            : RateLimitPartition.GetNoLimiter("anonymous"));
    }

    /// <summary>The claims that name the client, in order of preference.</summary>
    private static readonly string[] ClientClaims = ["azp", "client_id", SuiteClaims.Subject];

    /// <summary>
    /// "{tenant}/{client}": the application a token was issued to (azp, client_id), else the user (sub).
    /// Runs on every proxied request, so it walks the claims without building a query or an array.
    /// </summary>
    public static string? ClientOf(ClaimsPrincipal user)
    {
        var tenant = user.FindFirst(SuiteClaims.Tenant)?.Value;
        if (string.IsNullOrWhiteSpace(tenant))
        {
            return null;
        }

        foreach (var claim in ClientClaims)
        {
            if (user.FindFirst(claim)?.Value is { } client && !string.IsNullOrWhiteSpace(client))
            {
                return $"{tenant}/{client}";
            }
        }

        return null;
    }

    /// <summary>The 429 of a client over its own limit: a ProblemDetails with Retry-After, like the tenant's.</summary>
    public static async ValueTask RejectAsync(OnRejectedContext context, TenantRateLimitOptions limits, IProblemDetailsService problemDetails)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(limits.WindowSeconds);
        var retryAfterSeconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests.",
                Detail = $"Each client may send {limits.ClientPermitsPerWindow} requests per {limits.WindowSeconds} s " +
                    $"through the gateway; retry after {retryAfterSeconds} s.",
                Extensions =
                {
                    ["client"] = ClientOf(http.User),
                    ["permitsPerWindow"] = limits.ClientPermitsPerWindow,
                    ["windowSeconds"] = limits.WindowSeconds,
                },
            },
        });
    }
}
