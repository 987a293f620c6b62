using Microsoft.AspNetCore.Http;

namespace Suite.ServiceDefaults;

/// <summary>
/// Forwards the caller's bearer token and correlation id on calls to other services, so the callee
/// authorises the same person in the same tenant, and the call shows up under the same correlation id.
/// </summary>
public sealed class ForwardAuthorizationHandler(IHttpContextAccessor accessor) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var incoming = accessor.HttpContext?.Request.Headers;
        if (incoming is not null)
        {
            var authorization = incoming.Authorization.ToString();
            if (!string.IsNullOrEmpty(authorization) && request.Headers.Authorization is null)
            {
                request.Headers.TryAddWithoutValidation("Authorization", authorization);
            }

            var correlationId = incoming[CorrelationIdMiddleware.HeaderName].ToString();
            if (!string.IsNullOrEmpty(correlationId))
            {
                request.Headers.TryAddWithoutValidation(CorrelationIdMiddleware.HeaderName, correlationId);
            }
        }

        return base.SendAsync(request, cancellationToken);
    }
}
