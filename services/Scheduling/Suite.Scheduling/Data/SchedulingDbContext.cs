using Microsoft.EntityFrameworkCore;
using Suite.Scheduling.Domain;
using Suite.ServiceDefaults.Data;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.Scheduling.Data;

/// <summary>Scheduling's own database. No other service reads it.</summary>
public abstract class SchedulingDbContext(DbContextOptions options, ITenantContext tenant) : SuiteDbContext(options, tenant)
{
    public DbSet<Agent> Agents => Set<Agent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new AgentConfiguration());
        base.OnModelCreating(modelBuilder);
    }
}

/// <summary>The SQLite flavour, with its own migrations (the embedded default and the tests).</summary>
public sealed class SchedulingSqliteDbContext(DbContextOptions<SchedulingSqliteDbContext> options, ITenantContext tenant)
    : SchedulingDbContext(options, tenant);

/// <summary>The SQL Server flavour, with its own migrations (production).</summary>
public sealed class SchedulingSqlServerDbContext(DbContextOptions<SchedulingSqlServerDbContext> options, ITenantContext tenant)
    : SchedulingDbContext(options, tenant);
