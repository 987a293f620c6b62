using Microsoft.EntityFrameworkCore;
using Suite.Quality.Domain;
using Suite.ServiceDefaults.Data;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.Quality.Data;

/// <summary>Quality's own database. No other service reads it.</summary>
public abstract class QualityDbContext(DbContextOptions options, ITenantContext tenant) : SuiteDbContext(options, tenant)
{
    public DbSet<AppraisalLedgerEntry> LedgerEntries => Set<AppraisalLedgerEntry>();

    public DbSet<Conversation> Conversations => Set<Conversation>();

    public DbSet<TenantAutoQaSettings> AutoQaSettings => Set<TenantAutoQaSettings>();

    public DbSet<Scorecard> Scorecards => Set<Scorecard>();

    public DbSet<Evaluation> Evaluations => Set<Evaluation>();

    public DbSet<CalibrationSession> CalibrationSessions => Set<CalibrationSession>();

    public DbSet<SamplingRun> SamplingRuns => Set<SamplingRun>();

    public DbSet<KpiDefinition> KpiDefinitions => Set<KpiDefinition>();

    public DbSet<KpiDailyFigure> KpiDailyFigures => Set<KpiDailyFigure>();

    public DbSet<Appraisal> Appraisals => Set<Appraisal>();

    public DbSet<TenantAppraisalSettings> AppraisalSettings => Set<TenantAppraisalSettings>();

    public DbSet<AgentLevelRecord> AgentLevels => Set<AgentLevelRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new AppraisalLedgerEntryConfiguration());
        modelBuilder.ApplyConfiguration(new ConversationConfiguration());
        modelBuilder.ApplyConfiguration(new TenantAutoQaSettingsConfiguration());
        modelBuilder.ApplyConfiguration(new ScorecardConfiguration());
        modelBuilder.ApplyConfiguration(new EvaluationConfiguration());
        modelBuilder.ApplyConfiguration(new CalibrationSessionConfiguration());
        modelBuilder.ApplyConfiguration(new SamplingRunConfiguration());
        modelBuilder.ApplyConfiguration(new KpiDefinitionConfiguration());
        modelBuilder.ApplyConfiguration(new KpiDailyFigureConfiguration());
        modelBuilder.ApplyConfiguration(new AppraisalConfiguration());
        modelBuilder.ApplyConfiguration(new TenantAppraisalSettingsConfiguration());
        modelBuilder.ApplyConfiguration(new AgentLevelRecordConfiguration());
        base.OnModelCreating(modelBuilder);
    }
}

/// <summary>The SQLite flavour, with its own migrations (the embedded default and the tests).</summary>
public sealed class QualitySqliteDbContext(DbContextOptions<QualitySqliteDbContext> options, ITenantContext tenant)
    : QualityDbContext(options, tenant);

/// <summary>The SQL Server flavour, with its own migrations (production).</summary>
public sealed class QualitySqlServerDbContext(DbContextOptions<QualitySqlServerDbContext> options, ITenantContext tenant)
    : QualityDbContext(options, tenant);
