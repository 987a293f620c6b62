using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Suite.ServiceDefaults.Auth;

namespace Suite.Gateway.RateLimiting;

/// <summary>
/// A fixed window per tenant, so one tenant's burst cannot use up another's capacity. The partition is read
/// from the validated token, which is why the limiter runs after authentication.
/// </summary>
internal sealed class TenantRateLimitPolicy : IRateLimiterPolicy<string>
{
    public const string Name = "per-tenant";

    private const string TenantPrefix = "tenant:";
    private const string AddressPrefix = "address:";

    private readonly TenantRateLimitOptions _limits;
    private readonly FixedWindowRateLimiterOptions _window;
    private readonly IProblemDetailsService _problemDetails;

    public TenantRateLimitPolicy(IOptions<TenantRateLimitOptions> limits, IProblemDetailsService problemDetails)
    {
        _limits = limits.Value;
        _problemDetails = problemDetails;
        _window = new FixedWindowRateLimiterOptions
        {
            PermitLimit = _limits.PermitsPerWindow,
            Window = TimeSpan.FromSeconds(_limits.WindowSeconds),
            QueueLimit = _limits.QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        };
        OnRejected = RejectAsync;
    }

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; }

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetFixedWindowLimiter(PartitionKey(httpContext), _ => _window);

    private static string PartitionKey(HttpContext httpContext) =>
        TenantOf(httpContext) is { } tenant
            ? TenantPrefix + tenant
            : AddressPrefix + (httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    private static string? TenantOf(HttpContext httpContext) =>
        httpContext.User.FindFirst(SuiteClaims.Tenant)?.Value is { Length: > 0 } tenant ? tenant : null;

    private async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? wait
            : TimeSpan.FromSeconds(_limits.WindowSeconds);
        var retryAfterSeconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var who = TenantOf(http) is null ? "client address" : "tenant";

        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        await _problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests.",
                Detail = $"Each {who} may send {_limits.PermitsPerWindow} requests per {_limits.WindowSeconds} s " +
                    $"through the gateway; retry after {retryAfterSeconds} s.",
                Extensions =
                {
                    ["permitsPerWindow"] = _limits.PermitsPerWindow,
                    ["windowSeconds"] = _limits.WindowSeconds,
                },
            },
        });
    }
}
