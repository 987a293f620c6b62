using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Events;
using Suite.ServiceDefaults.Data;
using Suite.ServiceDefaults.Paging;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.ServiceDefaults.Messaging.DeadLetters;

/// <summary>What an operator does with one service's dead letters, always inside the caller's tenant.</summary>
public sealed class DeadLetterAdmin<TContext>(
    TContext serviceDb,
    DeadLetterDatabases databases,
    DeadLetterMetrics metrics,
    ITenantContext tenant,
    IBus bus,
    TimeProvider clock) where TContext : SuiteDbContext
{
    public enum ReplayOutcome
    {
        Replayed,
        NotFound,
        AlreadyReplayed,
    }

    public async Task<PagedResponse<DeadLetter>> ListAsync(PageRequest page, bool pendingOnly, CancellationToken cancellationToken)
    {
        await using var db = databases.Open(serviceDb);
        var query = db.DeadLetters.AsNoTracking().Where(letter => letter.TenantId == tenant.TenantId);
        if (pendingOnly)
        {
            query = query.Where(letter => letter.ReplayedAt == null);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(letter => letter.LastFailedAt).ThenBy(letter => letter.Id)
            .Page(page).ToListAsync(cancellationToken);
        await RefreshPendingAsync(db, cancellationToken);
        return page.Answer(items, total);
    }

    public async Task<DeadLetter?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = databases.Open(serviceDb);
        return await db.DeadLetters.AsNoTracking()
            .FirstOrDefaultAsync(letter => letter.Id == id && letter.TenantId == tenant.TenantId, cancellationToken);
    }

    /// <summary>
    /// Sends the message again to the queue of the consumer that failed on it, and only there. The row is
    /// claimed by a conditional update first, so two operators (or replicas) replaying at once send it once;
    /// if the send fails the claim is released and the message stays pending.
    /// </summary>
    public async Task<(ReplayOutcome Outcome, DeadLetter? Letter)> ReplayAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = databases.Open(serviceDb);
        var letter = await db.DeadLetters
            .FirstOrDefaultAsync(letter => letter.Id == id && letter.TenantId == tenant.TenantId, cancellationToken);
        if (letter is null)
        {
            return (ReplayOutcome.NotFound, null);
        }

        if (!letter.IsPending)
        {
            return (ReplayOutcome.AlreadyReplayed, letter);
        }

        var now = clock.GetUtcNow();
        var claimed = await db.DeadLetters
            .Where(row => row.Id == id && row.ReplayedAt == null)
            .ExecuteUpdateAsync(set => set
                .SetProperty(row => row.ReplayedAt, now)
                .SetProperty(row => row.Replays, row => row.Replays + 1), cancellationToken);
        if (claimed == 0)
        {
            await db.Entry(letter).ReloadAsync(cancellationToken);
            return (ReplayOutcome.AlreadyReplayed, letter);
        }

        try
        {
            var endpoint = await bus.GetSendEndpoint(new Uri($"queue:{letter.Endpoint}"));
            await endpoint.Send(Deserialize(letter), MessageTypeOf(letter),
                Pipe.Execute<SendContext>(send => send.MessageId = letter.MessageId), cancellationToken);
        }
        catch (Exception)
        {
            // Not sent (broker away, request cancelled): release the claim so the message stays pending.
            await db.DeadLetters.Where(row => row.Id == id)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(row => row.ReplayedAt, (DateTimeOffset?)null)
                    .SetProperty(row => row.Replays, row => row.Replays - 1), CancellationToken.None);
            throw;
        }

        await db.Entry(letter).ReloadAsync(cancellationToken);
        await RefreshPendingAsync(db, cancellationToken);
        return (ReplayOutcome.Replayed, letter);
    }

    private async Task RefreshPendingAsync(DeadLetterDbContext db, CancellationToken cancellationToken) =>
        metrics.Pending(typeof(TContext).Name, await db.DeadLetters.CountAsync(letter => letter.ReplayedAt == null, cancellationToken));

    /// <summary>Only the suite's integration events are dead-lettered, so the type is looked up among them alone.</summary>
    private static Type MessageTypeOf(DeadLetter letter) =>
        typeof(IIntegrationEvent).Assembly.GetType(letter.MessageType)
        ?? throw new InvalidOperationException($"Unknown integration event type '{letter.MessageType}'.");

    private static object Deserialize(DeadLetter letter) =>
        JsonSerializer.Deserialize(letter.Payload, MessageTypeOf(letter), OutboxMessage.SerializerOptions)
        ?? throw new InvalidOperationException($"Dead letter {letter.Id} has an empty payload.");
}
