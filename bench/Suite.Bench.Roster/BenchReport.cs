using System.Globalization;
using Suite.Scheduling.Domain.Rostering;

namespace Suite.Bench.Roster;

/// <summary>One generation at one load: its time and how its roster meets the demand.</summary>
internal sealed record BenchRow(int LoadPercent, int Run, double Seconds, int Assignments, RosterEvaluation Evaluation)
{
    public double Gap => Evaluation.UnderCoverageAgentHours - Evaluation.LowerBoundAgentHours;

    /// <summary>The gap as a share of the required agent-hours: the reading of "within 2%" the goal is judged by.</summary>
    public double GapOfRequired => Gap / Math.Max(1e-9, Evaluation.RequiredAgentHours);

    /// <summary>The gap as a share of the bound itself; infinite when the bound is 0 and demand is left unmet.</summary>
    public double GapOfBound => Evaluation.LowerBoundAgentHours > 0 ? Gap / Evaluation.LowerBoundAgentHours : Gap > 0 ? double.PositiveInfinity : 0;
}

/// <summary>The benchmark's table and verdict, as printed and as the Markdown section for BENCHMARKS.md.</summary>
internal static class BenchReport
{
    public const double GoalSeconds = 10;
    public const double GoalGap = 0.02;

    public static List<string> Table(IReadOnlyList<BenchRow> rows)
    {
        var lines = new List<string>
        {
            "| load | run | generate s | assignments | required agent-h | unmet agent-h | lower bound agent-h | gap agent-h | gap % of required | gap % of bound | over agent-h | rule breaks |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|",
        };
        foreach (var row in rows)
        {
            var e = row.Evaluation;
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {row.LoadPercent}% | {row.Run} | {row.Seconds:0.00} | {row.Assignments} | {e.RequiredAgentHours:0.0} | {e.UnderCoverageAgentHours:0.0} | {e.LowerBoundAgentHours:0.0} | {row.Gap:0.0} | {Percent(row.GapOfRequired)} | {Percent(row.GapOfBound)} | {e.OverCoverageAgentHours:0.0} | {e.Violations.Count} |"));
        }

        return lines;
    }

    /// <summary>Per load, the slowest run against the time goal and the gap against the 2% goal.</summary>
    public static List<string> Verdict(IReadOnlyList<BenchRow> rows)
    {
        var lines = new List<string>();
        foreach (var load in rows.GroupBy(row => row.LoadPercent))
        {
            var slowest = load.Max(row => row.Seconds);
            var worst = load.MaxBy(row => row.GapOfRequired)!;
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"- load {load.Key}%: slowest generation {slowest:0.00} s (goal < {GoalSeconds:0} s: {Met(slowest < GoalSeconds)}); " +
                $"gap {worst.Gap:0.0} agent-h = {Percent(worst.GapOfRequired)} of required (goal <= {100 * GoalGap:0}%: {Met(worst.GapOfRequired <= GoalGap)}), {Percent(worst.GapOfBound)} of the bound."));
        }

        return lines;
    }

    public static List<string> Section(string title, string command, IReadOnlyList<string> table, IReadOnlyList<string> verdict)
    {
        var lines = new List<string>
        {
            "### Roster generation against the lower bound",
            "",
            title + ".",
            "",
            "```",
            command,
            "```",
            "",
        };
        lines.AddRange(table);
        lines.Add("");
        lines.Add("Against the goal (gap = unmet minus lower bound, as a share of the required agent-hours):");
        lines.Add("");
        lines.AddRange(verdict);
        return lines;
    }

    private static string Percent(double share) =>
        double.IsPositiveInfinity(share) ? "n/a" : string.Create(CultureInfo.InvariantCulture, $"{100 * share:0.00}%");

    private static string Met(bool met) => met ? "met" : "not met";
}
