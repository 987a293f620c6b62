namespace Suite.Training.Domain;

/// <summary>How long new hires took from their hire date to their first certification in one course.</summary>
public sealed record TimeToCertification(int NewHires, int Certified, int StillUncertified, decimal? MedianDays, decimal? P90Days)
{
    /// <summary>
    /// Days from the hire date to the day (UTC) of the agent's first certification in the course, whether
    /// or not it has since been renewed or run out. A grant dated before the hire (data entered late)
    /// counts as day 0. Hires without a grant are counted as still uncertified and left out of the figures.
    /// </summary>
    public static TimeToCertification Of(IEnumerable<(Guid AgentId, DateOnly HiredOn)> hires, IReadOnlyDictionary<Guid, DateTimeOffset> firstGrantByAgent)
    {
        var days = new List<int>();
        var count = 0;
        foreach (var (agentId, hiredOn) in hires)
        {
            count++;
            if (firstGrantByAgent.TryGetValue(agentId, out var grantedAt))
            {
                days.Add(Math.Max(0, DateOnly.FromDateTime(grantedAt.UtcDateTime).DayNumber - hiredOn.DayNumber));
            }
        }

        days.Sort();
        return new TimeToCertification(count, days.Count, count - days.Count, Percentile(days, 50), Percentile(days, 90));
    }

    /// <summary>
    /// The percentile of sorted values by linear interpolation between the closest ranks (rank = p/100 x (n-1)),
    /// so the 50th is the usual median (the mean of the middle two for an even count). Null for no values.
    /// </summary>
    public static decimal? Percentile(IReadOnlyList<int> sorted, int percent)
    {
        if (sorted.Count == 0)
        {
            return null;
        }

        var rank = percent / 100m * (sorted.Count - 1);
        var below = (int)Math.Floor(rank);
        var above = Math.Min(below + 1, sorted.Count - 1);
        var value = sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
        return Math.Round(value, 2, MidpointRounding.AwayFromZero);
    }
}
