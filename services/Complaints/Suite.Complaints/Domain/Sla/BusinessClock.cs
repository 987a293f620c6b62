namespace Suite.Complaints.Domain.Sla;

/// <summary>
/// Measures time the way SLA targets are written: only while the store's desk is open, in the store's
/// own time zone, so that daylight-saving changes move the opening instants and not the hours worked.
/// </summary>
public sealed class BusinessClock
{
    /// <summary>
    /// How far ahead a due time is looked for. A long target on a calendar that is rarely open can lie
    /// beyond it; such a due time is reported as unknown rather than searched for century by century.
    /// </summary>
    private const int SearchHorizonDays = 3660;

    private readonly TimeZoneInfo? _zone;
    private readonly ILookup<DayOfWeek, OpeningHours> _hours;
    private readonly HashSet<DateOnly> _holidays;

    private BusinessClock(TimeZoneInfo? zone, IEnumerable<OpeningHours> hours, IEnumerable<DateOnly> holidays)
    {
        _zone = zone;
        _hours = hours.OrderBy(hour => hour.Open).ToLookup(hour => hour.Day);
        _holidays = holidays.ToHashSet();
    }

    /// <summary>For stores without a calendar: every instant counts.</summary>
    public static BusinessClock AlwaysOpen { get; } = new(null, [], []);

    public static BusinessClock For(TimeZoneInfo zone, IEnumerable<OpeningHours> hours, IEnumerable<DateOnly> holidays) =>
        new(zone, hours, holidays);

    /// <summary>The open time between two instants; zero when <paramref name="to"/> is not after <paramref name="from"/>.</summary>
    public TimeSpan Between(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return TimeSpan.Zero;
        }

        if (_zone is null)
        {
            return to - from;
        }

        var total = TimeSpan.Zero;
        foreach (var (start, end) in OpenFrom(from))
        {
            if (start >= to)
            {
                break;
            }

            total += (end < to ? end : to) - start;
        }

        return total;
    }

    /// <summary>
    /// The instant at which <paramref name="amount"/> of open time has passed since <paramref name="start"/>;
    /// null when that is more than ten years of calendar away.
    /// </summary>
    public DateTimeOffset? Add(DateTimeOffset start, TimeSpan amount)
    {
        if (_zone is null)
        {
            return start + amount;
        }

        var remaining = amount;
        foreach (var (open, close) in OpenFrom(start))
        {
            if (remaining <= TimeSpan.Zero || close - open >= remaining)
            {
                return open + remaining;
            }

            remaining -= close - open;
        }

        return null;
    }

    /// <summary>The open intervals (UTC) from <paramref name="from"/> on, the first one clipped to start there.</summary>
    private IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> OpenFrom(DateTimeOffset from)
    {
        var zone = _zone!;
        // A day before the local date: its hours cannot reach past midnight, but starting there costs nothing.
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, zone).DateTime).AddDays(-1);
        for (var day = 0; day < SearchHorizonDays && date < DateOnly.MaxValue; day++, date = date.AddDays(1))
        {
            if (_holidays.Contains(date))
            {
                continue;
            }

            foreach (var hours in _hours[date.DayOfWeek])
            {
                var start = ToInstant(date, hours.Open, zone);
                var end = ToInstant(date, hours.Close, zone);
                if (end <= from || end <= start)
                {
                    continue;
                }

                yield return (start < from ? from : start, end);
            }
        }
    }

    /// <summary>
    /// When the store's clocks first show <paramref name="sinceMidnight"/> on <paramref name="date"/>: a
    /// time skipped by a spring-forward change means the first minute after the gap, and a time shown
    /// twice by a fall-back change means its first showing.
    /// </summary>
    private static DateTimeOffset ToInstant(DateOnly date, TimeSpan sinceMidnight, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue).Add(sinceMidnight);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
