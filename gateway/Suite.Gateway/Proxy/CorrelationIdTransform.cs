using Suite.ServiceDefaults;
using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace Suite.Gateway.Proxy;

/// <summary>
/// The correlation id reaches the service as an ordinary request header, which YARP copies. On the way back YARP
/// appends the service's echo to the id the gateway already put on the response, so the caller would see it
/// twice; the gateway's own value (the same id) is kept as the only one.
/// </summary>
internal static class CorrelationIdTransform
{
    public static void Add(TransformBuilderContext context) =>
        context.AddResponseTransform(transform =>
        {
            var http = transform.HttpContext;
            http.Response.Headers[CorrelationIdMiddleware.HeaderName] = http.Request.Headers[CorrelationIdMiddleware.HeaderName];
            return ValueTask.CompletedTask;
        });
}
