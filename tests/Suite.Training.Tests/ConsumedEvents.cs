using System.Collections.Concurrent;
using MassTransit;
using Suite.Contracts.Events;

namespace Suite.Training.Tests;

/// <summary>
/// Counts how often the bus has finished consuming each event. A redelivered event leaves no trace in
/// the database by design, so this is how a test knows the duplicate has been and gone.
/// </summary>
internal sealed class ConsumedEvents<TEvent> : IConsumeMessageObserver<TEvent> where TEvent : class, IIntegrationEvent
{
    private readonly ConcurrentDictionary<Guid, int> _consumed = new();

    public int Count(Guid eventId) => _consumed.GetValueOrDefault(eventId);

    public Task PreConsume(ConsumeContext<TEvent> context) => Task.CompletedTask;

    public Task PostConsume(ConsumeContext<TEvent> context)
    {
        _consumed.AddOrUpdate(context.Message.EventId, 1, (_, count) => count + 1);
        return Task.CompletedTask;
    }

    public Task ConsumeFault(ConsumeContext<TEvent> context, Exception exception) => Task.CompletedTask;
}
