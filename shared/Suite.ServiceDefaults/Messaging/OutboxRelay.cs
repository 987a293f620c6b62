using System.Diagnostics.Metrics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Suite.ServiceDefaults.Data;

namespace Suite.ServiceDefaults.Messaging;

/// <summary>
/// Publishes what the outbox of one DbContext holds. Safe with several replicas: each pass claims
/// rows with a conditional update that only one replica can win, and a lease that expires if that
/// replica dies. A row is marked published only after the broker confirmed it, so a crash in between
/// publishes it again, and the consumers' inbox absorbs the duplicate.
/// </summary>
public sealed class OutboxRelay<TContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal<TContext> signal,
    SqliteWriteGate<TContext> writeGate,
    IOptions<MessagingOptions> options,
    TimeProvider timeProvider,
    ILogger<OutboxRelay<TContext>> logger) : BackgroundService
    where TContext : SuiteDbContext
{
    private static readonly Meter Meter = new("Suite.Outbox");
    private static readonly Counter<long> Published = Meter.CreateCounter<long>("suite.outbox.published");
    private static readonly Counter<long> Failed = Meter.CreateCounter<long>("suite.outbox.failed");

    private DateTimeOffset _nextCleanup;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await PublishBatchAsync(settings, stoppingToken) == settings.OutboxBatchSize)
                {
                }

                await DeleteExpiredAsync(settings, stoppingToken);
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The broker or the database is away; rows stay in the outbox until it is back.
                failures++;
                logger.LogWarning(exception, "Outbox relay pass for {Context} failed ({Failures} in a row)", typeof(TContext).Name, failures);
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(10_000, 250 * Math.Pow(2, Math.Min(failures, 6)))), timeProvider, stoppingToken)
                    .ContinueWith(_ => { }, CancellationToken.None);
                continue;
            }

            try
            {
                await signal.WaitAsync(settings.OutboxPollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Claims, publishes and marks one batch; returns how many rows it claimed.</summary>
    internal async Task<int> PublishBatchAsync(MessagingOptions settings, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var now = timeProvider.GetUtcNow();
        var claim = Guid.CreateVersion7();

        var candidates = await db.OutboxMessages
            .Where(message => message.PublishedAt == null && (message.LockedUntil == null || message.LockedUntil < now))
            .OrderBy(message => message.OccurredAt)
            .Select(message => message.Id)
            .Take(settings.OutboxBatchSize)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return 0;
        }

        var leaseEnd = now + settings.OutboxLease;
        int claimed;
        using (await writeGate.EnterAsync(db, cancellationToken))
        {
            claimed = await db.OutboxMessages
                .Where(message => candidates.Contains(message.Id)
                                  && message.PublishedAt == null
                                  && (message.LockedUntil == null || message.LockedUntil < now))
                .ExecuteUpdateAsync(set => set
                    .SetProperty(message => message.LockedBy, claim)
                    .SetProperty(message => message.LockedUntil, leaseEnd), cancellationToken);
        }

        if (claimed == 0)
        {
            return 0;
        }

        var batch = await db.OutboxMessages
            .Where(message => message.LockedBy == claim)
            .OrderBy(message => message.OccurredAt)
            .ToListAsync(cancellationToken);

        // The whole batch is published at once and its confirms awaited together: publishing one row
        // and waiting for its confirm before the next made every event pay a broker round trip in
        // series. Order within a batch is not kept, and was never promised: consumers run concurrently.
        var failures = await Task.WhenAll(batch.Select(row => PublishAsync(row, cancellationToken)));
        var failed = batch.Zip(failures).Where(pair => pair.Second is not null).ToList();
        var publishedAt = timeProvider.GetUtcNow();
        foreach (var row in batch.Where((_, index) => failures[index] is null))
        {
            row.PublishedAt = publishedAt;
            row.LockedUntil = null;
        }

        if (failed.Count > 0)
        {
            foreach (var (row, exception) in failed)
            {
                row.Attempts++;
                row.LastError = exception!.Message.Length > 2000 ? exception.Message[..2000] : exception.Message;
            }

            // What this pass published is recorded; the rest is released after a back-off that grows
            // with the failing rows' attempts, so a poison row does not spin the relay.
            var attempts = failed.Max(pair => pair.First.Attempts);
            var retryAt = timeProvider.GetUtcNow() + TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, Math.Min(attempts, 6))));
            foreach (var (row, _) in failed)
            {
                row.LockedUntil = retryAt;
            }

            await SaveAsync(db);
            throw new OutboxPublishException(failed.Count, batch.Count, failed[0].Second!);
        }

        // One write for the whole batch: a crash before it republishes the batch, which the
        // consumers' inbox absorbs, and saves a database round trip per event.
        await SaveAsync(db);
        return claimed;
    }

    /// <summary>Records what a pass did; never cancelled, as what was published must be marked so.</summary>
    private async Task SaveAsync(TContext db)
    {
        using (await writeGate.EnterAsync(db, CancellationToken.None))
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
    }

    /// <summary>Publishes one row; returns why it failed, or null once the broker has confirmed it.</summary>
    private async Task<Exception?> PublishAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        try
        {
            var (message, type) = row.Deserialize();
            await bus.Publish(message, type, Pipe.Execute<PublishContext>(context => context.MessageId = row.Id), cancellationToken);
            Published.Add(1, new KeyValuePair<string, object?>("event", row.EventType));
            return null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Failed.Add(1, new KeyValuePair<string, object?>("event", row.EventType));
            logger.LogWarning(exception, "Publishing outbox message {MessageId} ({EventType}) failed", row.Id, row.EventType);
            return exception;
        }
    }

    private async Task DeleteExpiredAsync(MessagingOptions settings, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (now < _nextCleanup)
        {
            return;
        }

        _nextCleanup = now + TimeSpan.FromHours(1);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var cutoff = now - settings.OutboxRetention;
        await db.OutboxMessages.Where(message => message.PublishedAt != null && message.PublishedAt < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
    }
}
