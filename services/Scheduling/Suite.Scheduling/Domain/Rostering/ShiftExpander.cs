namespace Suite.Scheduling.Domain.Rostering;

/// <summary>Expands shift templates into the concrete shifts of each day of a period, in the roster's time zone.</summary>
public static class ShiftExpander
{
    /// <summary>A shift ending after this local time of its start day (midnight and later included) counts as a late shift.</summary>
    public static readonly TimeOnly LateAfter = new(22, 0);

    public static PlannedShift Expand(ShiftPattern pattern, DateOnly day, TimeZoneInfo zone)
    {
        var localStart = day.ToDateTime(pattern.Start);
        var localEnd = localStart.AddMinutes(pattern.LengthMinutes);
        var start = LocalClock.ToUtc(localStart, zone);
        var end = LocalClock.ToUtc(localEnd, zone);
        var breaks = pattern.Breaks
            .Select(pause => new BreakSpan(
                LocalClock.ToUtc(localStart.AddMinutes(pause.OffsetMinutes), zone),
                LocalClock.ToUtc(localStart.AddMinutes(pause.OffsetMinutes + pause.LengthMinutes), zone)))
            .ToList();
        // Paid time is the time actually on the clock, so a shift across a DST change pays what was worked.
        var unpaid = pattern.Breaks.Zip(breaks).Where(pair => !pair.First.Paid).Sum(pair => (pair.Second.End - pair.Second.Start).TotalHours);
        var paidHours = (end - start).TotalHours - unpaid;
        var isLate = localEnd > day.ToDateTime(LateAfter);
        var isWeekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        return new PlannedShift(pattern.Id, pattern.Name, day, start, end, localStart, localEnd, breaks, paidHours, isLate, isWeekend);
    }

    /// <summary>Every shift the templates offer from <paramref name="first"/> to <paramref name="last"/> inclusive, in day then template order.</summary>
    public static List<PlannedShift> ExpandPeriod(IEnumerable<ShiftPattern> patterns, DateOnly first, DateOnly last, TimeZoneInfo zone)
    {
        var ordered = patterns.OrderBy(pattern => pattern.Start).ThenBy(pattern => pattern.Name, StringComparer.Ordinal).ThenBy(pattern => pattern.Id).ToList();
        var shifts = new List<PlannedShift>();
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            shifts.AddRange(ordered.Where(pattern => pattern.Days.Contains(day.DayOfWeek)).Select(pattern => Expand(pattern, day, zone)));
        }

        return shifts;
    }
}
