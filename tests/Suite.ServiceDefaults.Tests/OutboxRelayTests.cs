using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Suite.ServiceDefaults.Messaging;
using Suite.ServiceDefaults.Tenancy;
using Suite.Testing;

namespace Suite.ServiceDefaults.Tests;

/// <summary>How the relay moves rows: woken by commits, a whole batch at a time, one bad row holding back only itself.</summary>
public sealed class OutboxRelayTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("suite-relay").FullName;

    private string DatabaseFile => Path.Combine(_folder, "widgets.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<WidgetDbContext> OpenAsync()
    {
        var tenant = new TenantContext();
        tenant.Set(TestTokens.TenantA);
        var db = new WidgetDbContext(
            new DbContextOptionsBuilder<WidgetDbContext>().UseSqlite($"Data Source={DatabaseFile}").Options, tenant);
        await db.Database.EnsureCreatedAsync();
        return db;
    }

    [Fact]
    public async Task A_commit_wakes_the_relay_long_before_its_next_poll()
    {
        (await OpenAsync()).Dispose();
        var received = new ConcurrentBag<Guid>();
        using var host = WidgetHost.BuildSignalled(DatabaseFile, received, pollInterval: TimeSpan.FromDays(1));
        await host.StartAsync();

        // The relay has made its first pass over an empty outbox and now waits for a day or a signal.
        var hires = Enumerable.Range(1, 3).Select(number => WidgetHost.Hire(TestTokens.TenantA, number)).ToList();
        foreach (var hire in hires)
        {
            await using var scope = host.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(TestTokens.TenantA);
            var db = scope.ServiceProvider.GetRequiredService<WidgetDbContext>();
            db.Widgets.Add(new Widget { Name = hire.DisplayName });
            db.AddEvent(hire);
            await db.SaveChangesAsync();
        }

        await Eventually.True(() => Task.FromResult(received.Count >= hires.Count), what: "the signalled relay to publish every commit");
        await host.StopAsync();
        Assert.Equal(hires.Select(hire => hire.EventId).Order(), received.Order());
    }

    [Fact]
    public async Task A_row_that_cannot_be_published_holds_back_only_itself()
    {
        var hires = Enumerable.Range(1, 6).Select(number => WidgetHost.Hire(TestTokens.TenantA, number)).ToList();
        await using (var db = await OpenAsync())
        {
            foreach (var hire in hires)
            {
                db.AddEvent(hire);
            }

            await db.SaveChangesAsync();

            // The oldest row, first in every batch, names a type no contract has (as a row written by a
            // newer version of the service would, until this one is upgraded).
            await db.OutboxMessages.Where(message => message.Id == hires[0].EventId)
                .ExecuteUpdateAsync(set => set.SetProperty(message => message.EventType, "Suite.Contracts.Events.AgentRetired"));
        }

        var received = new ConcurrentBag<Guid>();
        using var host = WidgetHost.Build(DatabaseFile, received);
        await host.StartAsync();

        await Eventually.True(() => Task.FromResult(received.Count >= hires.Count - 1), what: "every publishable row to be published");
        await using (var db = await OpenAsync())
        {
            await Eventually.True(async () => (await db.OutboxMessages.AsNoTracking().SingleAsync(message => message.Id == hires[0].EventId)).Attempts >= 1,
                what: "the failed attempt to be recorded");
        }

        await host.StopAsync();

        await using var after = await OpenAsync();
        var rows = await after.OutboxMessages.AsNoTracking().ToListAsync();
        var poisoned = rows.Single(row => row.Id == hires[0].EventId);
        Assert.Null(poisoned.PublishedAt);
        Assert.Contains("AgentRetired", poisoned.LastError);
        Assert.NotNull(poisoned.LockedUntil);
        Assert.All(rows.Where(row => row.Id != hires[0].EventId), row => Assert.NotNull(row.PublishedAt));
        Assert.Equal(hires.Skip(1).Select(hire => hire.EventId).Order(), received.Order());
    }
}
