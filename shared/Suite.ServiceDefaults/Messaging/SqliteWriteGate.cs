using Microsoft.EntityFrameworkCore;

namespace Suite.ServiceDefaults.Messaging;

/// <summary>
/// Lets the messaging code of one process write to a service's SQLite file one at a time. SQLite has a
/// single writer; when two connections collide, Microsoft.Data.Sqlite retries by putting the thread to
/// sleep, which stalls a consumer for far longer than waiting its turn here. On SQL Server the gate is
/// open: row locks let writers proceed side by side.
/// </summary>
public sealed class SqliteWriteGate<TContext> where TContext : DbContext
{
    private readonly SemaphoreSlim _turn = new(1, 1);

    /// <summary>Waits for this process's turn to write to <paramref name="db"/>'s file; dispose the result to pass it on.</summary>
    public async ValueTask<Turn> EnterAsync(TContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return default;
        }

        await _turn.WaitAsync(cancellationToken);
        return new Turn(_turn);
    }

    public readonly struct Turn(SemaphoreSlim? turn) : IDisposable
    {
        public void Dispose() => turn?.Release();
    }
}
