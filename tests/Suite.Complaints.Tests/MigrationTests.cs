using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Suite.Complaints.Data;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.Complaints.Tests;

/// <summary>
/// SQL Server is the production provider but cannot run here: its migrations are checked as scripts,
/// and both providers' migrations must match the model exactly.
/// </summary>
public sealed class MigrationTests
{
    [Fact]
    public void SqlServer_migrations_match_the_model_and_script_idempotently()
    {
        using var db = new ComplaintsSqlServerDbContext(
            new DbContextOptionsBuilder<ComplaintsSqlServerDbContext>().UseSqlServer("Server=none;Database=complaints").Options,
            new TenantContext());

        Assert.False(db.Database.HasPendingModelChanges());
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        Assert.Contains("CREATE TABLE [Complaints]", script);
        Assert.Contains("CREATE TABLE [ComplaintAuditEntries]", script);
        Assert.Contains("CREATE TABLE [SlaPolicies]", script);
        Assert.Contains("CREATE TABLE [StoreCalendars]", script);
        Assert.Contains("CREATE TABLE [CompensationClaims]", script);
        Assert.Contains("CREATE TABLE [ApprovalLimits]", script);
        Assert.Contains("CREATE TABLE [OutboxMessages]", script);
        Assert.Contains("CREATE TABLE [InboxMessages]", script);
    }

    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var db = new ComplaintsSqliteDbContext(
            new DbContextOptionsBuilder<ComplaintsSqliteDbContext>().UseSqlite("Data Source=:memory:").Options,
            new TenantContext());

        Assert.False(db.Database.HasPendingModelChanges());
    }
}
