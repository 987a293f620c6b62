using Microsoft.EntityFrameworkCore;
using Suite.Complaints.Domain;
using Suite.ServiceDefaults.Data;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.Complaints.Data;

/// <summary>Complaints' own database. No other service reads it.</summary>
public abstract class ComplaintsDbContext(DbContextOptions options, ITenantContext tenant) : SuiteDbContext(options, tenant)
{
    public DbSet<Complaint> Complaints => Set<Complaint>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new ComplaintConfiguration());
        base.OnModelCreating(modelBuilder);
    }
}

/// <summary>The SQLite flavour, with its own migrations (the embedded default and the tests).</summary>
public sealed class ComplaintsSqliteDbContext(DbContextOptions<ComplaintsSqliteDbContext> options, ITenantContext tenant)
    : ComplaintsDbContext(options, tenant);

/// <summary>The SQL Server flavour, with its own migrations (production).</summary>
public sealed class ComplaintsSqlServerDbContext(DbContextOptions<ComplaintsSqlServerDbContext> options, ITenantContext tenant)
    : ComplaintsDbContext(options, tenant);
