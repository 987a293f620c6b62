using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Suite.ServiceDefaults;

namespace Suite.Gateway.Tests;

/// <summary>One request as the service behind the gateway received it.</summary>
public sealed record ForwardedRequest(string Path, string Protocol, string CorrelationId, string Authorization);

/// <summary>
/// Records every request the service receives before any of its own middleware runs, so a test sees exactly
/// what the gateway forwarded (and can prove that a refused request never arrived).
/// </summary>
public sealed class ForwardedRequests : IStartupFilter
{
    private readonly ConcurrentQueue<ForwardedRequest> _received = new();

    public IReadOnlyCollection<ForwardedRequest> Received => _received;

    public IEnumerable<ForwardedRequest> WithCorrelationId(string correlationId) =>
        _received.Where(request => request.CorrelationId == correlationId);

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, rest) =>
        {
            _received.Enqueue(new ForwardedRequest(
                context.Request.Path,
                context.Request.Protocol,
                context.Request.Headers[CorrelationIdMiddleware.HeaderName].ToString(),
                context.Request.Headers.Authorization.ToString()));
            await rest(context);
        });
        next(app);
    };
}
