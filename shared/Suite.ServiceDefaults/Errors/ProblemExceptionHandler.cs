using Grpc.Core;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Suite.ServiceDefaults.Errors;

/// <summary>
/// Maps the exceptions that mean "the caller got something wrong" or "someone else changed it first"
/// to 4xx answers. Anything else is a fault of ours: it is logged and answered with a 500 that leaks nothing.
/// </summary>
internal sealed class ProblemExceptionHandler(
    IProblemDetailsService problemDetails,
    ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "The request could not be read.", DescribeBadRequest(bad)),
            DbUpdateConcurrencyException => (StatusCodes.Status409Conflict,
                "Someone else changed this first.", "Reload it and apply your change again."),
            RpcException { StatusCode: StatusCode.Unavailable or StatusCode.DeadlineExceeded } rpc =>
                (StatusCodes.Status503ServiceUnavailable, "A service this request depends on is unavailable.",
                    string.IsNullOrWhiteSpace(rpc.Status.Detail) ? "It did not answer in time; nothing was changed. Try again shortly." : rpc.Status.Detail),
            _ => (StatusCodes.Status500InternalServerError, "An unexpected error occurred.", (string?)null),
        };

        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = "5";
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }

    /// <summary>The framework's message names the parameter; the inner JSON error names the field and position.</summary>
    private static string DescribeBadRequest(BadHttpRequestException exception) =>
        exception.InnerException is System.Text.Json.JsonException json
            ? $"{exception.Message} {json.Message}"
            : exception.Message;
}
