namespace Suite.ServiceDefaults.Data;

/// <summary>
/// A row that belongs to one tenant. The tenant id is stamped on insert from the scope's tenant and
/// every query is filtered by it, so a tenant can neither read nor overwrite another tenant's rows.
/// </summary>
public interface ITenantOwned
{
    string TenantId { get; }
}
