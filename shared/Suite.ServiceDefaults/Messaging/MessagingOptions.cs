namespace Suite.ServiceDefaults.Messaging;

/// <summary>The <c>Messaging</c> configuration section: how the outbox relay and consumers behave.</summary>
public sealed class MessagingOptions
{
    public const string SectionName = "Messaging";

    /// <summary>How often the relay looks for unpublished rows when nothing has signalled it.</summary>
    public TimeSpan OutboxPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a relay pass owns the rows it claimed before another replica may take them over.</summary>
    public TimeSpan OutboxLease { get; set; } = TimeSpan.FromSeconds(30);

    public int OutboxBatchSize { get; set; } = 100;

    /// <summary>Published rows are kept this long for audit and replay, then deleted.</summary>
    public TimeSpan OutboxRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Messages the broker hands each consumer endpoint ahead of its acknowledgements; null keeps MassTransit's default.</summary>
    public int? ConsumerPrefetchCount { get; set; }

    /// <summary>Messages one consumer endpoint processes at once; null keeps MassTransit's default (the prefetch count).</summary>
    public int? ConsumerConcurrentMessageLimit { get; set; }

    /// <summary>Immediate retries of a failing consumer before the message goes to its error queue.</summary>
    public int ConsumerRetryLimit { get; set; } = 5;
}
