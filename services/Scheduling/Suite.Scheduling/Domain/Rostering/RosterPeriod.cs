namespace Suite.Scheduling.Domain.Rostering;

/// <summary>
/// The intervals a roster covers: fixed-length steps in UTC from local midnight of the first day to
/// local midnight after the last, so a DST day simply has two intervals fewer or more.
/// </summary>
public sealed class RosterPeriod
{
    public RosterPeriod(DateOnly firstDay, DateOnly lastDay, TimeZoneInfo zone, int intervalMinutes)
    {
        FirstDay = firstDay;
        LastDay = lastDay;
        Zone = zone;
        IntervalMinutes = intervalMinutes;
        Start = LocalClock.ToUtc(firstDay.ToDateTime(TimeOnly.MinValue), zone);
        End = LocalClock.ToUtc(lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue), zone);
        Count = (int)((End - Start).TotalMinutes / intervalMinutes);
    }

    public DateOnly FirstDay { get; }

    public DateOnly LastDay { get; }

    public TimeZoneInfo Zone { get; }

    public int IntervalMinutes { get; }

    public DateTimeOffset Start { get; }

    public DateTimeOffset End { get; }

    public int Count { get; }

    public double IntervalHours => IntervalMinutes / 60.0;

    public DateTimeOffset IntervalStart(int index) => Start.AddMinutes((double)index * IntervalMinutes);

    /// <summary>The interval holding <paramref name="instant"/>, or -1 outside the period.</summary>
    public int IndexOf(DateTimeOffset instant) =>
        instant < Start || instant >= End ? -1 : (int)((instant - Start).TotalMinutes / IntervalMinutes);

    /// <summary>The intervals in which the shift serves for the whole interval: inside the shift and touching no break.</summary>
    public int[] WorkedIntervals(PlannedShift shift)
    {
        var worked = new List<int>();
        var first = Math.Max(0, (int)Math.Ceiling((shift.Start - Start).TotalMinutes / IntervalMinutes));
        for (var index = first; index < Count; index++)
        {
            var start = IntervalStart(index);
            var end = start.AddMinutes(IntervalMinutes);
            if (end > shift.End)
            {
                break;
            }

            if (!shift.Breaks.Any(pause => pause.Start < end && pause.End > start))
            {
                worked.Add(index);
            }
        }

        return [.. worked];
    }
}
