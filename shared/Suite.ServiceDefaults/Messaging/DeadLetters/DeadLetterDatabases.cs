using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Suite.ServiceDefaults.Messaging.DeadLetters;

/// <summary>
/// Opens the dead-letter table of the database a service's DbContext points at: same provider, same
/// connection string, so the table lives in the service's own database without a setting of its own.
/// </summary>
public sealed class DeadLetterDatabases
{
    private readonly ConcurrentDictionary<(string Provider, string Connection), DbContextOptions> _options = new();

    public DeadLetterDbContext Open(DbContext serviceDb)
    {
        var connection = serviceDb.Database.GetConnectionString()
            ?? throw new InvalidOperationException($"{serviceDb.GetType().Name} has no connection string.");
        var provider = serviceDb.Database.ProviderName ?? "";
        var options = _options.GetOrAdd((provider, connection), key => Build(key.Provider, key.Connection));
        return options switch
        {
            DbContextOptions<DeadLetterSqliteDbContext> sqlite => new DeadLetterSqliteDbContext(sqlite),
            DbContextOptions<DeadLetterSqlServerDbContext> sqlServer => new DeadLetterSqlServerDbContext(sqlServer),
            _ => throw new InvalidOperationException($"Dead letters are not supported on {provider}."),
        };
    }

    private static DbContextOptions Build(string provider, string connection)
    {
        if (provider.EndsWith(".Sqlite", StringComparison.Ordinal))
        {
            return new DbContextOptionsBuilder<DeadLetterSqliteDbContext>()
                .UseSqlite(connection, sqlite => sqlite.MigrationsHistoryTable(DeadLetterDbContext.MigrationsHistoryTable))
                .Options;
        }

        if (provider.EndsWith(".SqlServer", StringComparison.Ordinal))
        {
            return new DbContextOptionsBuilder<DeadLetterSqlServerDbContext>()
                .UseSqlServer(connection, sql => sql
                    .MigrationsHistoryTable(DeadLetterDbContext.MigrationsHistoryTable)
                    .EnableRetryOnFailure())
                .Options;
        }

        throw new InvalidOperationException($"Dead letters are not supported on {provider}.");
    }
}
