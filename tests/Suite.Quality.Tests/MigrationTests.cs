using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Suite.Quality.Data;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.Quality.Tests;

/// <summary>
/// SQL Server is the production provider but cannot run here: its migrations are checked as scripts,
/// and both providers' migrations must match the model exactly.
/// </summary>
public sealed class MigrationTests
{
    [Fact]
    public void SqlServer_migrations_match_the_model_and_script_idempotently()
    {
        using var db = new QualitySqlServerDbContext(
            new DbContextOptionsBuilder<QualitySqlServerDbContext>().UseSqlServer("Server=none;Database=quality").Options,
            new TenantContext());

        Assert.False(db.Database.HasPendingModelChanges());
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        Assert.Contains("CREATE TABLE [AppraisalLedgerEntries]", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_AppraisalLedgerEntries_TenantId_Kind_SourceId]", script);
        Assert.Contains("CREATE TABLE [InboxMessages]", script);
        Assert.Contains("CREATE TABLE [OutboxMessages]", script);
        Assert.Contains("CREATE TABLE [Conversations]", script);
        Assert.Contains("CREATE TABLE [ConversationMessages]", script);
        Assert.Contains("CREATE TABLE [ConversationRedLineHits]", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_Conversations_TenantId_ExternalId]", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_AutoQaSettings_TenantId]", script);
        Assert.Contains("CREATE TABLE [Scorecards]", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_Scorecards_TenantId_Key_Version]", script);
        Assert.Contains("CREATE TABLE [Evaluations]", script);
        Assert.Contains("CREATE TABLE [CalibrationSessions]", script);
        Assert.Contains("CREATE TABLE [CalibrationSubmissions]", script);
        Assert.Contains("CREATE TABLE [SamplingRuns]", script);
        Assert.Contains("CREATE TABLE [SampledItems]", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_KpiDefinitions_TenantId_Code]", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_KpiDailyFigures_TenantId_AgentId_Day_KpiCode]", script);
    }

    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var db = new QualitySqliteDbContext(
            new DbContextOptionsBuilder<QualitySqliteDbContext>().UseSqlite("Data Source=:memory:").Options,
            new TenantContext());

        Assert.False(db.Database.HasPendingModelChanges());
    }
}
