using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Suite.ServiceDefaults.Messaging.DeadLetters;

// `dotnet ef` builds each provider's dead-letter context through these to generate its migrations.

internal sealed class DeadLetterSqliteDesignTimeFactory : IDesignTimeDbContextFactory<DeadLetterSqliteDbContext>
{
    public DeadLetterSqliteDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<DeadLetterSqliteDbContext>()
            .UseSqlite("Data Source=design.db", sqlite => sqlite.MigrationsHistoryTable(DeadLetterDbContext.MigrationsHistoryTable))
            .Options);
}

internal sealed class DeadLetterSqlServerDesignTimeFactory : IDesignTimeDbContextFactory<DeadLetterSqlServerDbContext>
{
    public DeadLetterSqlServerDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<DeadLetterSqlServerDbContext>()
            .UseSqlServer("Server=design;Database=design", sql => sql.MigrationsHistoryTable(DeadLetterDbContext.MigrationsHistoryTable))
            .Options);
}
