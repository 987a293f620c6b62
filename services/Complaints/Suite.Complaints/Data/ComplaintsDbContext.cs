using Microsoft.EntityFrameworkCore;
using Suite.Complaints.Domain;
using Suite.Complaints.Domain.Callbacks;
using Suite.Complaints.Domain.Compensation;
using Suite.Complaints.Domain.Escalations;
using Suite.Complaints.Domain.Routing;
using Suite.Complaints.Domain.Sla;
using Suite.ServiceDefaults.Data;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.Complaints.Data;

/// <summary>Complaints' own database. No other service reads it.</summary>
public abstract class ComplaintsDbContext(DbContextOptions options, ITenantContext tenant) : SuiteDbContext(options, tenant)
{
    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<ComplaintAuditEntry> AuditEntries => Set<ComplaintAuditEntry>();

    public DbSet<SlaPolicy> SlaPolicies => Set<SlaPolicy>();

    public DbSet<StoreCalendar> StoreCalendars => Set<StoreCalendar>();

    public DbSet<CompensationClaim> CompensationClaims => Set<CompensationClaim>();

    public DbSet<ApprovalLimit> ApprovalLimits => Set<ApprovalLimit>();

    public DbSet<Escalation> Escalations => Set<Escalation>();

    public DbSet<RoutingRule> RoutingRules => Set<RoutingRule>();

    public DbSet<HandOff> HandOffs => Set<HandOff>();

    public DbSet<CallbackTask> CallbackTasks => Set<CallbackTask>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new ComplaintConfiguration());
        modelBuilder.ApplyConfiguration(new ComplaintAuditEntryConfiguration());
        modelBuilder.ApplyConfiguration(new SlaPolicyConfiguration());
        modelBuilder.ApplyConfiguration(new StoreCalendarConfiguration());
        modelBuilder.ApplyConfiguration(new CompensationClaimConfiguration());
        modelBuilder.ApplyConfiguration(new ApprovalLimitConfiguration());
        modelBuilder.ApplyConfiguration(new EscalationConfiguration());
        modelBuilder.ApplyConfiguration(new RoutingRuleConfiguration());
        modelBuilder.ApplyConfiguration(new HandOffConfiguration());
        modelBuilder.ApplyConfiguration(new CallbackTaskConfiguration());
        base.OnModelCreating(modelBuilder);
    }
}

/// <summary>The SQLite flavour, with its own migrations (the embedded default and the tests).</summary>
public sealed class ComplaintsSqliteDbContext(DbContextOptions<ComplaintsSqliteDbContext> options, ITenantContext tenant)
    : ComplaintsDbContext(options, tenant);

/// <summary>The SQL Server flavour, with its own migrations (production).</summary>
public sealed class ComplaintsSqlServerDbContext(DbContextOptions<ComplaintsSqlServerDbContext> options, ITenantContext tenant)
    : ComplaintsDbContext(options, tenant);
