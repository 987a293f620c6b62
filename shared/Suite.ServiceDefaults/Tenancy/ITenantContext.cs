namespace Suite.ServiceDefaults.Tenancy;

/// <summary>The tenant the current request or message acts for.</summary>
public interface ITenantContext
{
    /// <summary>True once a tenant is known for this scope.</summary>
    bool HasTenant { get; }

    /// <summary>The tenant id; throws when none is known, because acting without one would be a leak.</summary>
    string TenantId { get; }
}
