using Microsoft.EntityFrameworkCore;
using Suite.ServiceDefaults.Messaging;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.ServiceDefaults.Tests;

public sealed class SqliteWriteGateTests
{
    private static WidgetDbContext Context(Action<DbContextOptionsBuilder<WidgetDbContext>> provider)
    {
        var options = new DbContextOptionsBuilder<WidgetDbContext>();
        provider(options);
        return new WidgetDbContext(options.Options, new TenantContext());
    }

    [Fact]
    public async Task Writers_to_a_sqlite_file_take_turns()
    {
        var gate = new SqliteWriteGate<WidgetDbContext>();
        await using var first = Context(options => options.UseSqlite("Data Source=widgets-gate.db"));
        await using var second = Context(options => options.UseSqlite("Data Source=widgets-gate.db"));

        var firstTurn = await gate.EnterAsync(first, TestContext.Current.CancellationToken);
        var secondTurn = gate.EnterAsync(second, TestContext.Current.CancellationToken).AsTask();
        Assert.False(secondTurn.IsCompleted);

        firstTurn.Dispose();
        (await secondTurn).Dispose();
        (await gate.EnterAsync(first, TestContext.Current.CancellationToken)).Dispose();
    }

    [Fact]
    public async Task Writers_to_sql_server_do_not_wait_for_each_other()
    {
        var gate = new SqliteWriteGate<WidgetDbContext>();
        await using var first = Context(options => options.UseSqlServer("Server=unused;Database=widgets"));
        await using var second = Context(options => options.UseSqlServer("Server=unused;Database=widgets"));

        using var firstTurn = await gate.EnterAsync(first, TestContext.Current.CancellationToken);
        var secondTurn = gate.EnterAsync(second, TestContext.Current.CancellationToken);

        Assert.True(secondTurn.IsCompletedSuccessfully);
    }
}
