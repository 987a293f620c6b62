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
        Assert.Contains("CREATE TABLE [Teams]", script);
    }

    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var db = new SchedulingSqliteDbContext(
            new DbContextOptionsBuilder<SchedulingSqliteDbContext>().UseSqlite("Data Source=:memory:").Options,
            new TenantContext());

        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public async Task Agents_hired_before_the_People_migration_can_be_read_and_edited_after_it()
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var tenant = new TenantContext();
        tenant.Set("tenant-a");
        await using var db = new SchedulingSqliteDbContext(
            new DbContextOptionsBuilder<SchedulingSqliteDbContext>().UseSqlite(connection).Options, tenant);
        var migrator = db.GetService<IMigrator>();
        var initial = db.Database.GetMigrations().First(name => name.EndsWith("_Initial"));
        await migrator.MigrateAsync(initial, TestContext.Current.CancellationToken);
        // EF Core writes GUIDs to SQLite as upper-case text, so the row is inserted the same way.
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO Agents (Id, TenantId, EmployeeNumber, DisplayName, Team, Level, Skills, HiredOn, CreatedAt) "
            + "VALUES ('0196A000-0000-7000-8000-000000000001', 'tenant-a', 'CS-1', 'Li Na', 'T', 'CustomerService', '[]', '2026-01-01', 0)",
            TestContext.Current.CancellationToken);

        await migrator.MigrateAsync(cancellationToken: TestContext.Current.CancellationToken);

        var agent = await db.Agents.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((1, 0), (agent.Version, agent.Availability.Count));
        agent.Apply(new Domain.AgentChanges(1, MaxDailyReceptions: 300));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
