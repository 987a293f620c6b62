using Microsoft.EntityFrameworkCore;
using Suite.Quality.Domain;
using Suite.ServiceDefaults.Data;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.Quality.Data;

/// <summary>Quality's own database. No other service reads it.</summary>
public abstract class QualityDbContext(DbContextOptions options, ITenantContext tenant) : SuiteDbContext(options, tenant)
{
    public DbSet<AppraisalLedgerEntry> LedgerEntries => Set<AppraisalLedgerEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new AppraisalLedgerEntryConfiguration());
        base.OnModelCreating(modelBuilder);
    }
}

/// <summary>The SQLite flavour, with its own migrations (the embedded default and the tests).</summary>
public sealed class QualitySqliteDbContext(DbContextOptions<QualitySqliteDbContext> options, ITenantContext tenant)
    : QualityDbContext(options, tenant);

/// <summary>The SQL Server flavour, with its own migrations (production).</summary>
public sealed class QualitySqlServerDbContext(DbContextOptions<QualitySqlServerDbContext> options, ITenantContext tenant)
    : QualityDbContext(options, tenant);
