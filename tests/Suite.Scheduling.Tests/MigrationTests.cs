using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Suite.Scheduling.Data;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.Scheduling.Tests;

/// <summary>
/// SQL Server is the production provider but cannot run here: its migrations are checked as scripts,
/// and both providers' migrations must match the model exactly.
/// </summary>
public sealed class MigrationTests
{
    [Fact]
    public void SqlServer_migrations_match_the_model_and_script_idempotently()
    {
        using var db = new SchedulingSqlServerDbContext(
            new DbContextOptionsBuilder<SchedulingSqlServerDbContext>().UseSqlServer("Server=none;Database=scheduling").Options,
            new TenantContext());

        Assert.False(db.Database.HasPendingModelChanges());
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        Assert.Contains("CREATE TABLE [Agents]", script);
        Assert.Contains("CREATE TABLE [OutboxMessages]", script);
    }

    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var db = new SchedulingSqliteDbContext(
            new DbContextOptionsBuilder<SchedulingSqliteDbContext>().UseSqlite("Data Source=:memory:").Options,
            new TenantContext());

        Assert.False(db.Database.HasPendingModelChanges());
    }
}
