using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Suite.Contracts.Events;
using Suite.Quality.Data;
using Suite.Quality.Domain;
using Suite.Quality.Grpc;
using Suite.ServiceDefaults.Messaging;
using Suite.ServiceDefaults.Tenancy;
using Suite.Testing;

namespace Suite.Quality.Tests;

/// <summary>
/// The Quality service in memory, with a way to deliver events on its in-memory bus and wait until
/// its consumers have handled each delivery, and to look at its tables inside one tenant.
/// </summary>
public sealed class QualityHost : IAsyncDisposable
{
    private readonly DeliveredEvents _delivered = new();
    private ConnectHandle? _observer;

    /// <param name="configure">Replaces services before the host starts (fake peers, a fake clock).</param>
    public QualityHost(Action<IServiceCollection>? configure = null)
    {
        Factory = new ServiceFactory<QualityGrpcService>(QualityModule.Name);
        if (configure is not null)
        {
            Factory.WithServices(configure);
        }
    }

    public ServiceFactory<QualityGrpcService> Factory { get; }

    /// <summary>Publishes each event and returns once every one of these deliveries has been consumed.</summary>
    public async Task DeliverAsync(params IIntegrationEvent[] events)
    {
        var bus = Factory.Services.GetRequiredService<IBus>();
        _observer ??= bus.ConnectConsumeObserver(_delivered);
        var expected = _delivered.Count + events.Length;
        foreach (var integrationEvent in events)
        {
            await bus.Publish(integrationEvent, integrationEvent.GetType());
        }

        try
        {
            await Eventually.True(() => Task.FromResult(_delivered.Count >= expected), what: $"{events.Length} deliveries to be consumed");
        }
        catch (TimeoutException timeout) when (_delivered.LastFault is { } fault)
        {
            throw new TimeoutException($"{timeout.Message} A consumer last failed with: {fault.Message}", fault);
        }
    }

    public async Task<List<AppraisalLedgerEntry>> LedgerOf(string tenant)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant);
        var db = scope.ServiceProvider.GetRequiredService<QualityDbContext>();
        return await db.LedgerEntries.AsNoTracking().ToListAsync();
    }

    public async Task<List<Conversation>> ConversationsOf(string tenant)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant);
        var db = scope.ServiceProvider.GetRequiredService<QualityDbContext>();
        return await db.Conversations.AsNoTracking().ToListAsync();
    }

    public async Task<List<OutboxMessage>> Outbox()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QualityDbContext>();
        return await db.OutboxMessages.AsNoTracking().OrderBy(message => message.OccurredAt).ToListAsync();
    }

    public async Task<List<InboxMessage>> Inbox()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QualityDbContext>();
        return await db.InboxMessages.AsNoTracking().ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _observer?.Disconnect();
        await Factory.DisposeAsync();
    }

    /// <summary>
    /// Counts deliveries whose consumers completed, which is when their effect is committed. A failed
    /// attempt is not counted (the bus retries it), but kept to explain a delivery that never completes.
    /// </summary>
    private sealed class DeliveredEvents : IConsumeObserver
    {
        private int _count;
        private Exception? _lastFault;

        public int Count => Volatile.Read(ref _count);

        public Exception? LastFault => Volatile.Read(ref _lastFault);

        public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

        public Task PostConsume<T>(ConsumeContext<T> context) where T : class
        {
            if (context.Message is IIntegrationEvent)
            {
                Interlocked.Increment(ref _count);
            }

            return Task.CompletedTask;
        }

        public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class
        {
            Volatile.Write(ref _lastFault, exception);
            return Task.CompletedTask;
        }
    }
}
