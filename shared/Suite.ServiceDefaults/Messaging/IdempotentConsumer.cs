using MassTransit;
using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Events;
using Suite.ServiceDefaults.Data;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.ServiceDefaults.Messaging;

/// <summary>
/// The base of every consumer: it acts inside the event's tenant and applies each event at most
/// once. The effect and the inbox row are written by one SaveChanges; a redelivery finds the inbox
/// row and does nothing, and two replicas racing on the same event are separated by the inbox's key.
/// </summary>
public abstract class IdempotentConsumer<TEvent, TContext>(TContext db, TenantContext tenant, TimeProvider timeProvider)
    : IConsumer<TEvent>
    where TEvent : class, IIntegrationEvent
    where TContext : SuiteDbContext
{
    protected TContext Db { get; } = db;

    protected TimeProvider Clock { get; } = timeProvider;

    private string ConsumerName => GetType().Name;

    public async Task Consume(ConsumeContext<TEvent> context)
    {
        var message = context.Message;
        tenant.Set(message.TenantId);

        // On SQLite the consumers of one database take turns from the inbox check to the commit: they
        // would otherwise collide on the file's single write lock, and each collision costs a sleep.
        // A turn is short because ApplyAsync only stages changes on Db.
        using var turn = await context.GetServiceOrCreateInstance<SqliteWriteGate<TContext>>()
            .EnterAsync(Db, context.CancellationToken);
        if (await AlreadyAppliedAsync(message.EventId, context.CancellationToken))
        {
            return;
        }

        await ApplyAsync(message, context.CancellationToken);
        Db.InboxMessages.Add(new InboxMessage(message.EventId, ConsumerName, Clock.GetUtcNow()));
        try
        {
            await Db.SaveChangesAsync(context.CancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another replica may have applied the same event between our check and our write;
            // then there is nothing left to do. Otherwise the failure is real and MassTransit retries.
            if (!await AppliedByAnotherAsync(message.EventId, context.CancellationToken))
            {
                throw;
            }
        }
    }

    /// <summary>Stages the event's effect on <see cref="Db"/>; the base class saves it with the inbox row.</summary>
    protected abstract Task ApplyAsync(TEvent message, CancellationToken cancellationToken);

    private Task<bool> AlreadyAppliedAsync(Guid eventId, CancellationToken cancellationToken) =>
        Db.InboxMessages.AsNoTracking().AnyAsync(
            inbox => inbox.MessageId == eventId && inbox.Consumer == ConsumerName, cancellationToken);

    private async Task<bool> AppliedByAnotherAsync(Guid eventId, CancellationToken cancellationToken)
    {
        Db.ChangeTracker.Clear();
        return await AlreadyAppliedAsync(eventId, cancellationToken);
    }
}
