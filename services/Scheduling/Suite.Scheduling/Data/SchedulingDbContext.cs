using Microsoft.EntityFrameworkCore;
using Suite.Scheduling.Domain;
using Suite.Scheduling.Domain.Certifications;
using Suite.Scheduling.Domain.Demand;
using Suite.Scheduling.Domain.Rostering;
using Suite.Scheduling.Domain.Stores;
using Suite.Scheduling.Domain.Swaps;
using Suite.Scheduling.Domain.TaskLists;
using Suite.Scheduling.Domain.TimeOff;
using Suite.Scheduling.Domain.Workload;
using Suite.ServiceDefaults.Data;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.Scheduling.Data;

/// <summary>Scheduling's own database. No other service reads it.</summary>
public abstract class SchedulingDbContext(DbContextOptions options, ITenantContext tenant) : SuiteDbContext(options, tenant)
{
    public DbSet<Agent> Agents => Set<Agent>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<Store> Stores => Set<Store>();

    public DbSet<Queue> Queues => Set<Queue>();

    public DbSet<DemandInterval> DemandIntervals => Set<DemandInterval>();

    public DbSet<DailyReception> DailyReceptions => Set<DailyReception>();

    public DbSet<WorkloadSettings> WorkloadSettings => Set<WorkloadSettings>();

    public DbSet<ShiftTemplate> ShiftTemplates => Set<ShiftTemplate>();

    public DbSet<ShiftPreferences> ShiftPreferences => Set<ShiftPreferences>();

    public DbSet<Roster> Rosters => Set<Roster>();

    public DbSet<RosterAssignment> RosterAssignments => Set<RosterAssignment>();

    public DbSet<AgentCertification> AgentCertifications => Set<AgentCertification>();

    public DbSet<QueueCertificationRequirement> QueueCertificationRequirements => Set<QueueCertificationRequirement>();

    public DbSet<TimeOffRequest> TimeOffRequests => Set<TimeOffRequest>();

    public DbSet<TimeOffLedger> TimeOffLedgers => Set<TimeOffLedger>();

    public DbSet<TaskListTemplate> TaskListTemplates => Set<TaskListTemplate>();

    public DbSet<DailyChecklist> DailyChecklists => Set<DailyChecklist>();

    public DbSet<ShiftSwap> ShiftSwaps => Set<ShiftSwap>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new TimeOffRequestConfiguration());
        modelBuilder.ApplyConfiguration(new TimeOffLedgerConfiguration());
        modelBuilder.ApplyConfiguration(new TaskListTemplateConfiguration());
        modelBuilder.ApplyConfiguration(new DailyChecklistConfiguration());
        modelBuilder.ApplyConfiguration(new ChecklistItemConfiguration());
        modelBuilder.ApplyConfiguration(new ShiftSwapConfiguration());
        modelBuilder.ApplyConfiguration(new ShiftTemplateConfiguration());
        modelBuilder.ApplyConfiguration(new ShiftPreferencesConfiguration());
        modelBuilder.ApplyConfiguration(new RosterConfiguration());
        modelBuilder.ApplyConfiguration(new RosterAssignmentConfiguration());
        modelBuilder.ApplyConfiguration(new AgentCertificationConfiguration());
        modelBuilder.ApplyConfiguration(new QueueCertificationRequirementConfiguration());
        modelBuilder.ApplyConfiguration(new AgentConfiguration());
        modelBuilder.ApplyConfiguration(new TeamConfiguration());
        modelBuilder.ApplyConfiguration(new StoreConfiguration());
        modelBuilder.ApplyConfiguration(new QueueConfiguration());
        modelBuilder.ApplyConfiguration(new DemandIntervalConfiguration());
        modelBuilder.ApplyConfiguration(new DailyReceptionConfiguration());
        modelBuilder.ApplyConfiguration(new WorkloadSettingsConfiguration());
        base.OnModelCreating(modelBuilder);
    }
}

/// <summary>The SQLite flavour, with its own migrations (the embedded default and the tests).</summary>
public sealed class SchedulingSqliteDbContext(DbContextOptions<SchedulingSqliteDbContext> options, ITenantContext tenant)
    : SchedulingDbContext(options, tenant);

/// <summary>The SQL Server flavour, with its own migrations (production).</summary>
public sealed class SchedulingSqlServerDbContext(DbContextOptions<SchedulingSqlServerDbContext> options, ITenantContext tenant)
    : SchedulingDbContext(options, tenant);
