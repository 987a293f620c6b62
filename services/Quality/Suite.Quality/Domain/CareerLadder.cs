namespace Suite.Quality.Domain;

/// <summary>Steps on the ladder and time spent on a step.</summary>
public static class CareerLadder
{
    /// <summary>The level above, or null at the top.</summary>
    public static CareerLevel? Next(CareerLevel level) =>
        level == CareerLevel.Director ? null : level + 1;

    /// <summary>Whole calendar months from the day the agent reached the level to the day asked about (0 when later).</summary>
    public static int MonthsAtLevel(DateOnly since, DateOnly asOf)
    {
        var months = (asOf.Year - since.Year) * 12 + asOf.Month - since.Month;
        if (asOf.Day < since.Day && asOf.Day != DateTime.DaysInMonth(asOf.Year, asOf.Month))
        {
            months--;
        }

        return Math.Max(0, months);
    }
}
