using Suite.ServiceDefaults;
using Yarp.ReverseProxy.Forwarder;

namespace Suite.Gateway.Proxy;

/// <summary>
/// YARP answers a failed forward with a bare status code (502, 503, 504) and no body. This turns it into a
/// ProblemDetails naming the service, so a caller can tell "the service is down" from "the gateway is broken".
/// YARP clears the response headers on failure, so the correlation id is put back for support to find the logs.
/// </summary>
internal sealed class ProxyErrorProblemDetails(RequestDelegate next, IProblemDetailsService problemDetails)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);

        var error = context.GetForwarderErrorFeature();
        if (error is null || context.Response.HasStarted || context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        var service = context.GetReverseProxyFeature().Cluster.Config.ClusterId;
        var status = context.Response.StatusCode;
        var (title, detail) = status switch
        {
            StatusCodes.Status413PayloadTooLarge =>
                ("The request body is too large.", "The gateway accepts request bodies up to the server's limit (30 MB by default); send less per request."),
            StatusCodes.Status503ServiceUnavailable =>
                ($"The {service} service is unavailable.", "No instance of it is available right now; retry later."),
            StatusCodes.Status504GatewayTimeout =>
                ($"The {service} service did not answer in time.", "Retry later; the request may or may not have been carried out."),
            >= StatusCodes.Status500InternalServerError =>
                ($"The {service} service could not be reached.", "Retry later; the gateway's log has the cause under this request's correlation id."),
            _ => ("The request could not be forwarded.", "The gateway could not read the whole request from the caller."),
        };

        context.Response.Headers[CorrelationIdMiddleware.HeaderName] = context.Request.Headers[CorrelationIdMiddleware.HeaderName];
        await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
