using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Suite.ServiceDefaults.Messaging.DeadLetters;

/// <summary>
/// How many messages were dead-lettered (a counter, per consumer and message type) and how many wait for
/// an operator (a gauge, per service database). The gauge reads the table's count, refreshed whenever this
/// process writes or lists dead letters, so replicas on one database report the same figure.
/// </summary>
public sealed class DeadLetterMetrics
{
    public const string MeterName = "Suite.Messaging";
    public const string DeadLetteredName = "suite.messaging.dead_lettered";
    public const string PendingName = "suite.messaging.dead_letters.pending";

    private readonly Counter<long> _deadLettered;
    private readonly ConcurrentDictionary<string, long> _pending = new();

    public DeadLetterMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _deadLettered = meter.CreateCounter<long>(DeadLetteredName, "{message}",
            "Messages a consumer could not apply after all its retries.");
        meter.CreateObservableGauge(PendingName, ObservePending, "{message}",
            "Dead-lettered messages not replayed yet.");
    }

    internal void DeadLettered(string consumer, string messageType) =>
        _deadLettered.Add(1,
            new KeyValuePair<string, object?>("consumer", consumer),
            new KeyValuePair<string, object?>("message_type", messageType));

    internal void Pending(string store, long count) => _pending[store] = count;

    private IEnumerable<Measurement<long>> ObservePending() =>
        _pending.Select(pending => new Measurement<long>(pending.Value, new KeyValuePair<string, object?>("store", pending.Key)));
}
