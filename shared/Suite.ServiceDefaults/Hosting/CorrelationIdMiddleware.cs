using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Suite.ServiceDefaults;

/// <summary>
/// Gives every request a correlation id (the caller's X-Correlation-Id if it sent a sane one), echoes
/// it on the response and puts it in the logging scope, so support can match a caller's report to logs.
/// </summary>
public sealed class CorrelationIdMiddleware(RequestDelegate next, ILogger<CorrelationIdMiddleware> logger)
{
    public const string HeaderName = "X-Correlation-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var correlationId = context.Request.Headers[HeaderName].ToString();
        if (!IsAcceptable(correlationId))
        {
            correlationId = Guid.CreateVersion7().ToString("N");
            context.Request.Headers[HeaderName] = correlationId;
        }

        context.Response.Headers[HeaderName] = correlationId;
        using (logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = correlationId }))
        {
            await next(context);
        }
    }

    /// <summary>A caller's id is kept only if it is short and plain, so it cannot pollute logs.</summary>
    private static bool IsAcceptable(string value) =>
        value.Length is > 0 and <= 64 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
