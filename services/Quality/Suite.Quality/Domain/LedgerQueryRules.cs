namespace Suite.Quality.Domain;

/// <summary>What a request for a page of an agent's ledger may ask for, and which instants it covers.</summary>
public static class LedgerQueryRules
{
    public const int MaxPageSize = 200;

    public static Dictionary<string, string[]> Validate(DateOnly? from, DateOnly? to, int page, int pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        if (from is not null && to is not null && from > to)
        {
            errors["from"] = ["from must be on or before to."];
        }

        if (page < 1)
        {
            errors["page"] = ["page must be 1 or more."];
        }

        if (pageSize < 1 || pageSize > MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize must be between 1 and {MaxPageSize}."];
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
