using System.Collections.Concurrent;

namespace Suite.Bench.Events;

/// <summary>
/// When each event's producing transaction committed and when its effect's transaction committed, as
/// Stopwatch timestamps of this one process (both services run in it), and how often an effect was
/// applied more than once, which must never happen.
/// </summary>
internal sealed class EventClock
{
    private readonly ConcurrentDictionary<Guid, long> _committed = new();
    private readonly ConcurrentDictionary<Guid, long> _applied = new();
    private int _duplicates;

    public int AppliedCount => _applied.Count;

    public int Duplicates => _duplicates;

    public void Committed(Guid eventId, long timestamp) => _committed[eventId] = timestamp;

    public void Applied(Guid eventId, long timestamp)
    {
        if (!_applied.TryAdd(eventId, timestamp))
        {
            Interlocked.Increment(ref _duplicates);
        }
    }

    public void Clear()
    {
        _committed.Clear();
        _applied.Clear();
        _duplicates = 0;
    }

    /// <summary>The phase's figures; every committed event must have exactly one effect.</summary>
    public PhaseResult Result(long start)
    {
        var missing = _committed.Keys.Count(eventId => !_applied.ContainsKey(eventId));
        var unknown = _applied.Keys.Count(eventId => !_committed.ContainsKey(eventId));
        if (missing > 0 || unknown > 0 || _duplicates > 0)
        {
            throw new InvalidOperationException(
                $"{missing} events without an effect, {unknown} effects of no committed event, {_duplicates} effects applied twice.");
        }

        var latencies = _committed.Select(pair => _applied[pair.Key] - pair.Value).ToList();
        return PhaseResult.From(start, _committed.Values.Max(), _applied.Values.Max(), latencies);
    }
}
