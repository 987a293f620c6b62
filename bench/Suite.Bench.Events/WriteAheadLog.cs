using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Suite.Bench.Events;

/// <summary>
/// For --wal only: every connection syncs the write-ahead log at checkpoints instead of at every commit
/// (synchronous=NORMAL), which is what a WAL setting in AddSuiteDbContext would choose. A commit then
/// survives a crash of the process but not necessarily a power loss. Measured to show what that change
/// would buy; the services do not run this way.
/// </summary>
internal sealed class WriteAheadLog : DbConnectionInterceptor
{
    public static readonly WriteAheadLog Instance = new();

    private WriteAheadLog()
    {
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;";
        command.ExecuteNonQuery();
    }
}
