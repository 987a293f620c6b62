using System.Collections.Concurrent;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Suite.Contracts.Events;
using Suite.ServiceDefaults.Data;
using Suite.ServiceDefaults.Messaging;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.ServiceDefaults.Tests;

/// <summary>
/// A host (one "replica") of a tiny service on a shared SQLite file: the real outbox relay, the real
/// in-memory bus and a real idempotent consumer. Several hosts on one file behave like replicas.
/// </summary>
internal static class WidgetHost
{
    public static IHost Build(string databaseFile, ConcurrentBag<Guid> received)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Messaging:OutboxPollInterval"] = "00:00:00.050",
            ["Messaging:OutboxBatchSize"] = "25",
        });
        builder.Services.AddSingleton(received);
        builder.Services.AddScoped<TenantContext>();
        builder.Services.AddScoped<ITenantContext>(services => services.GetRequiredService<TenantContext>());
        builder.Services.AddSingleton<OutboxSignal<WidgetDbContext>>();
        builder.Services.AddDbContext<WidgetDbContext>(options => options.UseSqlite($"Data Source={databaseFile}"));
        builder.AddSuiteMessagingFor<WidgetDbContext>(bus => bus.AddConsumer<RecordHire>());

        builder.AddSuiteMessaging();
        return builder.Build();
    }

    /// <summary>
    /// A replica composed as the services compose theirs (AddSuiteDbContext, so a commit signals the
    /// relay), with a poll interval long enough that only that signal can explain a prompt publish.
    /// </summary>
    public static IHost BuildSignalled(string databaseFile, ConcurrentBag<Guid> received, TimeSpan pollInterval)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:widgets"] = $"Data Source={databaseFile}",
            ["Database:Provider"] = "Sqlite",
            ["Messaging:OutboxPollInterval"] = pollInterval.ToString(),
        });
        builder.Services.AddSingleton(received);
        builder.Services.AddScoped<TenantContext>();
        builder.Services.AddScoped<ITenantContext>(services => services.GetRequiredService<TenantContext>());
        builder.AddSuiteDbContext<WidgetDbContext, WidgetDbContext, WidgetDbContext>("widgets");
        builder.AddSuiteMessagingFor<WidgetDbContext>(bus => bus.AddConsumer<RecordHire>());
        builder.AddSuiteMessaging();
        return builder.Build();
    }

    public static AgentHired Hire(string tenant, int number) => new(
        Guid.CreateVersion7(), tenant, DateTimeOffset.UtcNow, Guid.CreateVersion7(), $"E-{number}", $"Agent {number}",
        "Team", "customer-service", ["after-sales"], new DateOnly(2026, 11, 1));
}

/// <summary>Creates one widget per hire; the inbox must keep redeliveries from creating more.</summary>
public sealed class RecordHire(WidgetDbContext db, TenantContext tenant, TimeProvider clock, ConcurrentBag<Guid> received)
    : IdempotentConsumer<AgentHired, WidgetDbContext>(db, tenant, clock)
{
    protected override Task ApplyAsync(AgentHired message, CancellationToken cancellationToken)
    {
        received.Add(message.EventId);
        Db.Widgets.Add(new Widget { Name = message.DisplayName, SourceEventId = message.EventId });
        return Task.CompletedTask;
    }
}
