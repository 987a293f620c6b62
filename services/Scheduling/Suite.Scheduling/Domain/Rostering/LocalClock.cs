namespace Suite.Scheduling.Domain.Rostering;

/// <summary>Turns the centre's wall-clock times into UTC instants, across daylight-saving changes.</summary>
public static class LocalClock
{
    /// <summary>
    /// A wall-clock time in the spring-forward gap does not exist: it is read as the same span after the
    /// gap, as a clock that was not yet moved forward would show. A time in the autumn overlap exists twice:
    /// the first (daylight) one is taken, so nobody starts an hour late.
    /// </summary>
    public static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            var offsetBefore = zone.GetUtcOffset(unspecified.AddHours(-3));
            return new DateTimeOffset(unspecified - offsetBefore, TimeSpan.Zero);
        }

        var offset = zone.IsAmbiguousTime(unspecified) ? zone.GetAmbiguousTimeOffsets(unspecified).Max() : zone.GetUtcOffset(unspecified);
        return new DateTimeOffset(unspecified - offset, TimeSpan.Zero);
    }

    public static DateTime ToLocal(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(instant, zone).DateTime, DateTimeKind.Unspecified);
}
