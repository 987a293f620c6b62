namespace Suite.Complaints.Domain.Reports;

/// <summary>Causes by how many complaints they explain, most first, with the running share that finds the vital few.</summary>
public static class Pareto
{
    public static IReadOnlyList<ParetoRow> Of(IEnumerable<string> causes)
    {
        var counts = causes.GroupBy(cause => cause, StringComparer.Ordinal)
            .Select(group => (Cause: group.Key, Count: group.Count()))
            .OrderByDescending(row => row.Count).ThenBy(row => row.Cause, StringComparer.Ordinal)
            .ToList();
        var total = counts.Sum(row => row.Count);
        var running = 0;
        return counts.Select(row =>
        {
            running += row.Count;
            return new ParetoRow(row.Cause, row.Count, Percent(row.Count, total), Percent(running, total));
        }).ToList();
    }

    private static double Percent(int part, int total) => total == 0 ? 0 : Math.Round(100.0 * part / total, 2);
}

public sealed record ParetoRow(string Cause, int Complaints, double Percent, double CumulativePercent);
