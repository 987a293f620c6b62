using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Contracts.Events;

namespace Suite.ServiceDefaults.Messaging;

/// <summary>
/// An integration event waiting to be published. The row is committed with the change it reports;
/// the relay claims it with a lease, publishes it, and stamps <see cref="PublishedAt"/>.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
    }

    /// <summary>The event's own id; also the message id on the bus, which the consumers' inbox keys on.</summary>
    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public string EventType { get; private set; } = "";

    public string Payload { get; private set; } = "";

    public DateTimeOffset OccurredAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>Which relay pass holds the row; with <see cref="LockedUntil"/> this keeps replicas apart.</summary>
    public Guid? LockedBy { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    internal static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    public static OutboxMessage From(IIntegrationEvent integrationEvent) => new()
    {
        Id = integrationEvent.EventId,
        TenantId = integrationEvent.TenantId,
        EventType = integrationEvent.GetType().FullName!,
        Payload = JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), SerializerOptions),
        OccurredAt = integrationEvent.OccurredAt,
    };

    /// <summary>Events can only be of the contract types, so the type is looked up there and nowhere else.</summary>
    public (object Message, Type Type) Deserialize()
    {
        var type = typeof(IIntegrationEvent).Assembly.GetType(EventType)
            ?? throw new InvalidOperationException($"Unknown integration event type '{EventType}'.");
        var message = JsonSerializer.Deserialize(Payload, type, SerializerOptions)
            ?? throw new InvalidOperationException($"Outbox message {Id} has an empty payload.");
        return (message, type);
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasKey(message => message.Id);
        builder.Property(message => message.TenantId).HasMaxLength(64);
        builder.Property(message => message.EventType).HasMaxLength(256);
        builder.Property(message => message.LastError).HasMaxLength(2000);
        builder.HasIndex(message => new { message.PublishedAt, message.OccurredAt });
        builder.HasIndex(message => message.LockedBy);
    }
}
