namespace Suite.ServiceDefaults.Tenancy;

/// <summary>
/// Scoped holder of the tenant. It is set once per scope, from the caller's token or from the
/// message being consumed, and can never be switched to another tenant afterwards.
/// </summary>
public sealed class TenantContext : ITenantContext
{
    private string? _tenantId;

    public bool HasTenant => _tenantId is not null;

    public string TenantId => _tenantId
        ?? throw new InvalidOperationException("No tenant is known in this scope.");

    public void Set(string tenantId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        if (_tenantId is not null && _tenantId != tenantId)
        {
            throw new InvalidOperationException("The tenant of a scope cannot change once set.");
        }

        _tenantId = tenantId;
    }
}
