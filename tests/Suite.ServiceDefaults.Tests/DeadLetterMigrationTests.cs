using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Suite.ServiceDefaults.Messaging.DeadLetters;

namespace Suite.ServiceDefaults.Tests;

/// <summary>The dead-letter table's migrations match its model on both providers, under their own history table.</summary>
public sealed class DeadLetterMigrationTests
{
    private static DeadLetterSqliteDbContext Sqlite() => new(new DbContextOptionsBuilder<DeadLetterSqliteDbContext>()
        .UseSqlite("Data Source=:memory:", sqlite => sqlite.MigrationsHistoryTable(DeadLetterDbContext.MigrationsHistoryTable)).Options);

    private static DeadLetterSqlServerDbContext SqlServer() => new(new DbContextOptionsBuilder<DeadLetterSqlServerDbContext>()
        .UseSqlServer("Server=nowhere;Database=none", sql => sql.MigrationsHistoryTable(DeadLetterDbContext.MigrationsHistoryTable)).Options);

    [Fact]
    public void Neither_provider_has_model_changes_without_a_migration()
    {
        using var sqlite = Sqlite();
        using var sqlServer = SqlServer();

        Assert.False(sqlite.Database.HasPendingModelChanges());
        Assert.False(sqlServer.Database.HasPendingModelChanges());
        Assert.NotEmpty(sqlite.Database.GetMigrations());
        Assert.NotEmpty(sqlServer.Database.GetMigrations());
    }

    [Fact]
    public void The_SQL_Server_script_is_idempotent_and_keeps_its_own_history()
    {
        using var sqlServer = SqlServer();

        var script = sqlServer.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("CREATE TABLE [DeadLetters]", script);
        Assert.Contains("[__DeadLetterMigrationsHistory]", script);
        Assert.DoesNotContain("[__EFMigrationsHistory]", script);
        Assert.Contains("IF NOT EXISTS", script);
    }
}
