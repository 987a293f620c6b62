using Microsoft.EntityFrameworkCore;
using Suite.Quality.Domain;

namespace Suite.Quality.Data;

public static class AutoQaPolicies
{
    /// <summary>The caller's tenant's policy, or the default when the tenant has not set one.</summary>
    public static async Task<AutoQaPolicy> CurrentAsync(this QualityDbContext db, CancellationToken cancellationToken)
    {
        var settings = await db.AutoQaSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        return settings?.ToPolicy() ?? AutoQaPolicy.Default;
    }
}
