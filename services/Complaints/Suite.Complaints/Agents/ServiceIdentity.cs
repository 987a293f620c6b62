using Grpc.Core;
using Suite.ServiceDefaults.Auth;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.Complaints.Agents;

/// <summary>
/// The token Complaints calls other services with when no person is behind the call (the SLA clock).
/// During a request the caller's own token is forwarded instead. Only a deployment that signs its tokens
/// with a shared key (Auth:SigningKey) can mint one; under an external authority there is no service
/// identity yet, and background calls go out without a token.
/// </summary>
public sealed class ServiceIdentity(SuiteAuthOptions options, IHttpContextAccessor http, ITenantContext tenant)
{
    public const string Subject = "svc-complaints-sla-clock";

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    /// <summary>True when a background call can prove who it is.</summary>
    public bool Available => http.HttpContext is not null || (string.IsNullOrWhiteSpace(options.Authority) && options.SigningKey is not null);

    /// <summary>Headers for a call made outside any request; null during a request, whose token is forwarded.</summary>
    public Metadata? Headers()
    {
        if (http.HttpContext is not null || !string.IsNullOrWhiteSpace(options.Authority) || options.SigningKey is null)
        {
            return null;
        }

        // The callee checks lifetimes on its own wall clock, so the token is issued on the system clock.
        var token = new DevelopmentTokenIssuer(options, TimeProvider.System)
            .Issue(Subject, tenant.TenantId, [SuiteRoles.Integrator], Lifetime);
        return new Metadata { { "Authorization", $"Bearer {token}" } };
    }
}
