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

    [Fact]
    public async Task Stores_opened_before_codes_existed_get_their_id_as_a_well_formed_unique_code()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(cancel);
        var tenant = new TenantContext();
        tenant.Set("tenant-a");
        await using var db = new SchedulingSqliteDbContext(
            new DbContextOptionsBuilder<SchedulingSqliteDbContext>().UseSqlite(connection).Options, tenant);
        var migrator = db.GetService<IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();
        var beforeCodes = migrations[migrations.FindIndex(name => name.EndsWith("_StoreCodes", StringComparison.Ordinal)) - 1];
        await migrator.MigrateAsync(beforeCodes, cancel);
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO Stores (Id, TenantId, Name, Platform, TimeZone, Channel, OpeningHours, CreatedAt) VALUES "
            + "('0196A000-0000-7000-8000-00000000000A', 'tenant-a', '天猫旗舰店', 'tmall', 'Asia/Shanghai', 'Chat', '[]', 0), "
            + "('0196A000-0000-7000-8000-00000000000B', 'tenant-a', 'Official', 'jd', 'Asia/Shanghai', 'Chat', '[]', 0)",
            cancel);

        await migrator.MigrateAsync(cancellationToken: cancel);

        var codes = await db.Stores.OrderBy(store => store.Name).Select(store => store.Code).ToListAsync(cancel);
        Assert.Equal(["0196a000-0000-7000-8000-00000000000b", "0196a000-0000-7000-8000-00000000000a"], codes);
        Assert.All(codes, code => Assert.True(Domain.Stores.StoreRules.IsCode(code)));
    }
}
