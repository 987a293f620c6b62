using System.Collections.Concurrent;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Suite.ServiceDefaults.Tenancy;
using Suite.Testing;

namespace Suite.ServiceDefaults.Tests;

public sealed class OutboxAndInboxTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("suite-outbox").FullName;

    private string DatabaseFile => Path.Combine(_folder, "widgets.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<WidgetDbContext> OpenAsync(string tenant)
    {
        var tenantContext = new TenantContext();
        tenantContext.Set(tenant);
        var db = new WidgetDbContext(
            new DbContextOptionsBuilder<WidgetDbContext>().UseSqlite($"Data Source={DatabaseFile}").Options, tenantContext);
        await db.Database.EnsureCreatedAsync();
        return db;
    }

    [Fact]
    public async Task Two_replicas_relay_every_committed_event_exactly_once()
    {
        const int events = 300;
        for (var i = 0; i < events; i++)
        {
            var tenant = i % 2 == 0 ? TestTokens.TenantA : TestTokens.TenantB;
            await using var db = await OpenAsync(tenant);
            db.Widgets.Add(new Widget { Name = $"hire {i}" });
            db.AddEvent(WidgetHost.Hire(tenant, i));
            await db.SaveChangesAsync();
        }

        var received = new ConcurrentBag<Guid>();
        using var first = WidgetHost.Build(DatabaseFile, received);
        using var second = WidgetHost.Build(DatabaseFile, received);
        await Task.WhenAll(first.StartAsync(), second.StartAsync());

        await Eventually.True(async () =>
        {
            await using var db = await OpenAsync(TestTokens.TenantA);
            return await db.OutboxMessages.CountAsync(message => message.PublishedAt == null) == 0 && received.Count >= events;
        }, what: "both relays to drain the outbox");
        await Task.WhenAll(first.StopAsync(), second.StopAsync());

        Assert.Equal(events, received.Count);
        Assert.Equal(events, received.Distinct().Count());
    }

    [Fact]
    public async Task A_redelivered_event_has_one_effect()
    {
        (await OpenAsync(TestTokens.TenantA)).Dispose();
        var received = new ConcurrentBag<Guid>();
        using var host = WidgetHost.Build(DatabaseFile, received);
        await host.StartAsync();
        var hire = WidgetHost.Hire(TestTokens.TenantA, 1);

        var bus = host.Services.GetRequiredService<IBus>();
        await bus.Publish(hire);
        await bus.Publish(hire);
        await Eventually.True(() => Task.FromResult(received.Count >= 1), what: "the consumer to run");
        await using var db = await OpenAsync(TestTokens.TenantA);
        await Eventually.True(async () => await db.InboxMessages.CountAsync() == 1, what: "the inbox row");
        await host.StopAsync();

        Assert.Equal(1, await db.Widgets.CountAsync(widget => widget.SourceEventId == hire.EventId));
    }

    [Fact]
    public async Task A_failed_change_leaves_no_event_behind()
    {
        await using var db = await OpenAsync(TestTokens.TenantA);
        var widget = new Widget { Name = "first" };
        db.Widgets.Add(widget);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        db.Widgets.Add(new Widget { Id = widget.Id, Name = "same key" });
        db.AddEvent(WidgetHost.Hire(TestTokens.TenantA, 2));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        await using var fresh = await OpenAsync(TestTokens.TenantA);
        Assert.Equal(0, await fresh.OutboxMessages.CountAsync());
    }

    [Fact]
    public async Task Rows_of_one_tenant_are_invisible_and_untouchable_to_another()
    {
        await using (var tenantA = await OpenAsync(TestTokens.TenantA))
        {
            tenantA.Widgets.Add(new Widget { Name = "A's widget" });
            await tenantA.SaveChangesAsync();
        }

        await using var tenantB = await OpenAsync(TestTokens.TenantB);
        Assert.Empty(await tenantB.Widgets.ToListAsync());

        var stolen = await tenantB.Widgets.IgnoreQueryFilters().SingleAsync();
        stolen.Name = "B was here";
        Assert.Throws<InvalidOperationException>(() => tenantB.SaveChanges());
        tenantB.ChangeTracker.Clear();
        tenantB.Widgets.Add(new Widget { Name = "planted", TenantId = TestTokens.TenantA });
        await Assert.ThrowsAsync<InvalidOperationException>(() => tenantB.SaveChangesAsync());
    }
}
