using System.ComponentModel.DataAnnotations;

namespace Suite.Gateway.RateLimiting;

/// <summary>
/// How many requests each tenant, and each client of a tenant, may send through the gateway per window
/// (configuration section "RateLimiting").
/// Anonymous calls (the OpenAPI documents) are counted per client address instead. The defaults are generous:
/// they stop a runaway integrator from starving the other tenants, not a busy contact centre.
/// </summary>
public sealed class TenantRateLimitOptions
{
    public const string SectionName = "RateLimiting";

    [Range(1, int.MaxValue)]
    public int PermitsPerWindow { get; set; } = 2000;

    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 1;

    /// <summary>
    /// How many requests each client may send per window, inside its tenant's budget: the client is the token's
    /// azp or client_id (an integrator's application), else its subject. One chatty connector then cannot use up
    /// what its tenant's people need.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int ClientPermitsPerWindow { get; set; } = 1000;

    /// <summary>Requests held back until the next window instead of refused; 0 answers 429 at once.</summary>
    [Range(0, int.MaxValue)]
    public int QueueLimit { get; set; }
}
