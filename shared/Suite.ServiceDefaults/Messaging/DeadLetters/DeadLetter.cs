using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Suite.ServiceDefaults.Messaging.DeadLetters;

/// <summary>
/// A message a consumer could not apply after all its retries. One row per (message, consumer): when a
/// replayed message fails again the row is reopened, so an operator sees its whole history in one place.
/// </summary>
public sealed class DeadLetter
{
    private DeadLetter()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    /// <summary>The bus message id; the integration event id for the suite's events.</summary>
    public Guid MessageId { get; private set; }

    public string MessageType { get; private set; } = "";

    /// <summary>The consumer class that failed; with <see cref="MessageId"/> the row's identity.</summary>
    public string Consumer { get; private set; } = "";

    /// <summary>The queue that consumer reads, where a replay re-delivers the message.</summary>
    public string Endpoint { get; private set; } = "";

    public string Payload { get; private set; } = "";

    public string Error { get; private set; } = "";

    /// <summary>Deliveries that failed, over every time the message was dead-lettered.</summary>
    public int Attempts { get; private set; }

    public DateTimeOffset FirstFailedAt { get; private set; }

    public DateTimeOffset LastFailedAt { get; private set; }

    /// <summary>Set when an operator replays the message; cleared when the replay fails again.</summary>
    public DateTimeOffset? ReplayedAt { get; private set; }

    public int Replays { get; private set; }

    public bool IsPending => ReplayedAt is null;

    public const int MaxErrorLength = 4000;

    internal static DeadLetter Record(FailedDelivery failure, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        TenantId = failure.TenantId,
        MessageId = failure.MessageId,
        MessageType = failure.MessageType,
        Consumer = failure.Consumer,
        Endpoint = failure.Endpoint,
        Payload = failure.Payload,
        Error = Truncate(failure.Error),
        Attempts = failure.Attempts,
        FirstFailedAt = now,
        LastFailedAt = now,
    };

    internal void FailedAgain(FailedDelivery failure, DateTimeOffset now)
    {
        Error = Truncate(failure.Error);
        Attempts += failure.Attempts;
        LastFailedAt = now;
        ReplayedAt = null;
    }

    internal void MarkReplayed(DateTimeOffset now)
    {
        ReplayedAt = now;
        Replays++;
    }

    private static string Truncate(string error) => error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
}

/// <summary>What the bus tells about a delivery that exhausted its retries.</summary>
internal sealed record FailedDelivery(
    string TenantId, Guid MessageId, string MessageType, string Consumer, string Endpoint, string Payload, string Error, int Attempts);

internal sealed class DeadLetterConfiguration : IEntityTypeConfiguration<DeadLetter>
{
    public void Configure(EntityTypeBuilder<DeadLetter> builder)
    {
        builder.ToTable("DeadLetters");
        builder.HasKey(letter => letter.Id);
        builder.Ignore(letter => letter.IsPending);
        builder.Property(letter => letter.TenantId).HasMaxLength(64);
        builder.Property(letter => letter.MessageType).HasMaxLength(256);
        builder.Property(letter => letter.Consumer).HasMaxLength(200);
        builder.Property(letter => letter.Endpoint).HasMaxLength(200);
        builder.Property(letter => letter.Error).HasMaxLength(DeadLetter.MaxErrorLength);
        builder.HasIndex(letter => new { letter.MessageId, letter.Consumer }).IsUnique();
        builder.HasIndex(letter => new { letter.TenantId, letter.LastFailedAt });
        builder.HasIndex(letter => letter.ReplayedAt);
    }
}
