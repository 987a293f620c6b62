using System.Data.Common;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Suite.Contracts.Events;

namespace Suite.ServiceDefaults.Messaging.DeadLetters;

/// <summary>
/// Keeps every message whose consumer failed after all its retries in the dead-letter table of that
/// consumer's service. MassTransit reports a consume fault to receive observers once, when the retry
/// policy gives up (faults of earlier attempts are held back by the retry filter), and then moves the
/// message to the endpoint's _error queue as well: should this table be unreachable, the broker still
/// holds the message and the failure to record it is logged as an error.
/// </summary>
internal sealed class DeadLetterRecorder(
    IServiceScopeFactory scopes,
    DeadLetterRouting routing,
    DeadLetterDatabases databases,
    DeadLetterMetrics metrics,
    IOptions<MessagingOptions> options,
    TimeProvider clock,
    ILogger<DeadLetterRecorder> logger) : IReceiveObserver
{
    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType) where T : class =>
        Task.CompletedTask;

    public Task ReceiveFault(ReceiveContext context, Exception exception) => Task.CompletedTask;

    public async Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception)
        where T : class
    {
        if (context.Message is not IIntegrationEvent integrationEvent || routing.Find(consumerType) is not { } route)
        {
            logger.LogError(exception, "{Consumer} failed on {MessageType} {MessageId}; it is kept only in the error queue",
                consumerType, typeof(T).Name, context.MessageId);
            return;
        }

        var failure = new FailedDelivery(
            integrationEvent.TenantId,
            integrationEvent.EventId,
            typeof(T).FullName!,
            route.Consumer.Name,
            EndpointOf(context.ReceiveContext.InputAddress),
            JsonSerializer.Serialize(context.Message, typeof(T), OutboxMessage.SerializerOptions),
            $"{exception.GetType().FullName}: {exception.Message}",
            // The fault reaches observers only when the suite's retry policy gave up, which is after
            // its first delivery and every retry.
            options.Value.ConsumerRetryLimit + 1);
        try
        {
            await RecordAsync(route.Context, failure);
            metrics.DeadLettered(failure.Consumer, failure.MessageType);
            logger.LogWarning(exception, "{Consumer} gave up on {MessageType} {MessageId} after {Attempts} attempts; it is dead-lettered",
                failure.Consumer, failure.MessageType, failure.MessageId, failure.Attempts);
        }
        catch (Exception recordFailure) when (recordFailure is DbException or DbUpdateException or InvalidOperationException)
        {
            logger.LogError(recordFailure, "{Consumer} failed on {MessageType} {MessageId} and the dead letter could not be written; " +
                "it is kept only in the error queue", failure.Consumer, failure.MessageType, failure.MessageId);
        }
    }

    private async Task RecordAsync(Type contextType, FailedDelivery failure)
    {
        await using var scope = scopes.CreateAsyncScope();
        var serviceDb = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
        await using var db = databases.Open(serviceDb);
        var now = clock.GetUtcNow();
        var existing = await Find(db, failure);
        if (existing is null)
        {
            db.DeadLetters.Add(DeadLetter.Record(failure, now));
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateException)
            {
                // Another replica recorded the same message for the same consumer first: add to its row.
                db.ChangeTracker.Clear();
                existing = await Find(db, failure) ?? throw new InvalidOperationException(
                    $"The dead letter of {failure.MessageId} for {failure.Consumer} could neither be added nor found.");
            }
        }

        if (existing is not null)
        {
            existing.FailedAgain(failure, now);
            await db.SaveChangesAsync();
        }

        metrics.Pending(contextType.Name, await db.DeadLetters.CountAsync(letter => letter.ReplayedAt == null));
    }

    private static Task<DeadLetter?> Find(DeadLetterDbContext db, FailedDelivery failure) =>
        db.DeadLetters.FirstOrDefaultAsync(letter => letter.MessageId == failure.MessageId && letter.Consumer == failure.Consumer);

    /// <summary>The queue name: the last segment of the endpoint's address on any transport.</summary>
    private static string EndpointOf(Uri? inputAddress) =>
        inputAddress?.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
}
