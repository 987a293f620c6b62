namespace Suite.Quality.Domain;

/// <summary>Which periods a query of the ledger may ask for, and which instants a period covers.</summary>
public static class LedgerQueryRules
{
    public static Dictionary<string, string[]> Validate(DateOnly? from, DateOnly? to)
    {
        var errors = new Dictionary<string, string[]>();
        if (from is not null && to is not null && from > to)
        {
            errors["from"] = ["from must be on or before to."];
        }

        return errors;
    }

    /// <summary>
    /// The dates are whole UTC days, both included: [start of from, start of the day after to).
    /// A bound that is absent (or runs past the calendar) leaves that side open.
    /// </summary>
    public static (DateTimeOffset? Start, DateTimeOffset? End) OccurredWindow(DateOnly? from, DateOnly? to)
    {
        DateTimeOffset? start = from is { } first ? StartOfUtcDay(first) : null;
        DateTimeOffset? end = to is { } last && last < DateOnly.MaxValue ? StartOfUtcDay(last.AddDays(1)) : null;
        return (start, end);
    }

    private static DateTimeOffset StartOfUtcDay(DateOnly day) => new(day, TimeOnly.MinValue, TimeSpan.Zero);
}
