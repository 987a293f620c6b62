namespace Suite.Contracts.Events;

/// <summary>
/// A fact one service tells the others. Every event names its tenant so that a consumer can act
/// inside the right tenant without trusting anything but the message, and carries its own id so that
/// consumers can recognise a redelivery.
/// </summary>
public interface IIntegrationEvent
{
    Guid EventId { get; }
    string TenantId { get; }
    DateTimeOffset OccurredAt { get; }
}
