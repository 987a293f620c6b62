namespace Suite.ServiceDefaults.Messaging;

/// <summary>Some rows of a relay pass could not be published; they stay in the outbox for a later pass.</summary>
public sealed class OutboxPublishException(int failed, int batch, Exception first)
    : Exception($"{failed} of {batch} outbox messages could not be published; the first failure: {first.Message}", first);
