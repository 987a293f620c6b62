namespace Suite.Complaints.Domain.Sla;

/// <summary>
/// Reads a complaint's SLA clocks from its status history, so they follow every rule without any stored
/// counters: the resolution clock runs only while the customer waits on the centre (not while awaiting
/// the customer or another department, nor between resolution and a reopen), time carries over a reopen,
/// and a change of priority (new targets) is simply a new reading of the same history.
/// </summary>
public static class SlaClock
{
    /// <summary>The share of a target after which the clock warns.</summary>
    public const double WarningShare = 0.75;

    /// <param name="history">Status changes oldest first, starting with the filing (to New).</param>
    public static SlaStatus Read(SlaTargets targets, BusinessClock clock, IReadOnlyList<StatusChange> history, DateTimeOffset now)
    {
        if (history.Count == 0 || history[0].Status != ComplaintStatus.New)
        {
            throw new ArgumentException("A history starts with the filing, to New.", nameof(history));
        }

        var current = history[^1].Status;
        var responded = history.Skip(1).FirstOrDefault();
        var firstResponse = ReadOne(
            targets.FirstResponse, clock, [(history[0].At, responded?.At)], finished: responded is not null, now);

        var resolution = ReadOne(
            targets.Resolution, clock, Segments(history, ComplaintWorkflow.ResolutionClockRuns),
            finished: !ComplaintWorkflow.IsOpen(current), now);

        // An update is owed from the last time the customer heard of the complaint moving.
        var nextUpdate = responded is not null && ComplaintWorkflow.UpdatesAreOwed(current)
            ? ReadOne(targets.NextUpdate, clock, [(history[^1].At, null)], finished: false, now)
            : null;

        return new SlaStatus(firstResponse, nextUpdate, resolution);
    }

    /// <summary>The stretches during which the clock runs; the last one is open (null end) while it still runs.</summary>
    private static List<(DateTimeOffset Start, DateTimeOffset? End)> Segments(IReadOnlyList<StatusChange> history, Func<ComplaintStatus, bool> runs)
    {
        var segments = new List<(DateTimeOffset, DateTimeOffset?)>();
        for (var i = 0; i < history.Count; i++)
        {
            if (runs(history[i].Status))
            {
                segments.Add((history[i].At, i + 1 < history.Count ? history[i + 1].At : null));
            }
        }

        return segments;
    }

    private static SlaReading ReadOne(
        TimeSpan target, BusinessClock clock, IReadOnlyList<(DateTimeOffset Start, DateTimeOffset? End)> segments, bool finished, DateTimeOffset now)
    {
        var warningThreshold = target * WarningShare;
        var elapsed = TimeSpan.Zero;
        DateTimeOffset? warningAt = null;
        DateTimeOffset? dueAt = null;
        var running = false;
        foreach (var (start, end) in segments)
        {
            var before = elapsed;
            running = end is null;
            var length = clock.Between(start, end ?? now);
            elapsed += length;
            // An open segment reaches into the future, so its crossings are found even when not yet reached.
            warningAt ??= Crossing(clock, start, end, before, length, warningThreshold);
            dueAt ??= Crossing(clock, start, end, before, length, target);
        }

        var state = finished
            ? elapsed <= target ? SlaState.Met : SlaState.Breached
            : dueAt <= now ? SlaState.Breached
            : !running ? SlaState.Paused
            : warningAt <= now ? SlaState.Warning
            : SlaState.OnTrack;
        return new SlaReading(target, elapsed, warningAt, dueAt, state);
    }

    private static DateTimeOffset? Crossing(
        BusinessClock clock, DateTimeOffset start, DateTimeOffset? end, TimeSpan before, TimeSpan length, TimeSpan threshold)
    {
        if (end is null || before + length >= threshold)
        {
            return clock.Add(start, threshold - before);
        }

        return null;
    }
}
