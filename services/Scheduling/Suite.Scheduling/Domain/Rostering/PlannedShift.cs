namespace Suite.Scheduling.Domain.Rostering;

/// <summary>A stretch of time inside a shift when the agent is not serving (a break), as UTC instants.</summary>
public sealed record BreakSpan(DateTimeOffset Start, DateTimeOffset End);

/// <summary>
/// One concrete shift on one day, expanded from a template in the roster's time zone: UTC instants
/// for the engine and the local wall-clock start and end for availability, which agents give in local time.
/// </summary>
public sealed record PlannedShift(
    Guid TemplateId,
    string TemplateName,
    DateOnly Day,
    DateTimeOffset Start,
    DateTimeOffset End,
    DateTime LocalStart,
    DateTime LocalEnd,
    IReadOnlyList<BreakSpan> Breaks,
    double PaidHours,
    bool IsLate,
    bool IsWeekend)
{
    /// <summary>Whether the agent is serving at <paramref name="instant"/>: inside the shift and outside every break.</summary>
    public bool IsWorking(DateTimeOffset instant) =>
        instant >= Start && instant < End && !Breaks.Any(pause => instant >= pause.Start && instant < pause.End);

    /// <summary>The Monday that starts the shift's week; weekly hours count per such week.</summary>
    public DateOnly WeekStart => Day.AddDays(-(((int)Day.DayOfWeek + 6) % 7));
}
