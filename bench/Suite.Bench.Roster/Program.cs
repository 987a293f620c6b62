using System.Diagnostics;
using System.Globalization;
using Suite.Bench.Roster;
using Suite.Scheduling.Domain.Rostering;

// Usage: dotnet run -c Release --project bench/Suite.Bench.Roster [-- --quick] [--seed N] [--runs N] [--load-percent N] [--bound-iterations N] [--markdown PATH]
// Without --load-percent it measures the default load and the two heavier ones the goal is judged at.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var quick = args.Contains("--quick");
var seed = Option("--seed", 7);
var runs = Option("--runs", quick ? 1 : 3);
int[] loads = args.Contains("--load-percent") ? [Option("--load-percent", 60)] : [60, 70, 80];
var boundIterations = Option("--bound-iterations", RosterProblem.DefaultBoundIterations);
var markdownPath = Text("--markdown");
var (agents, queues, days) = quick ? (100, 4, 7) : (1000, 20, 7);

var title = $"{agents} agents, {queues} queues, {days} days, 30-minute intervals, seed {seed}, demand at {string.Join("/", loads)}% of agent supply, {runs} run(s) per load, {boundIterations} bound iterations{(quick ? " (quick)" : "")}";
Console.WriteLine($"Roster benchmark: {title}");
Console.WriteLine();
var rows = new List<BenchRow>();
foreach (var load in loads)
{
    for (var run = 1; run <= runs; run++)
    {
        var problem = BenchScenario.Build(agents, queues, days, load / 100.0, seed) with { BoundIterations = boundIterations };
        var generate = Stopwatch.StartNew();
        var result = RosterGenerator.Generate(problem);
        generate.Stop();
        rows.Add(new BenchRow(load, run, generate.Elapsed.TotalSeconds, result.Assignments.Count, result.Evaluation));
    }
}

var table = BenchReport.Table(rows);
foreach (var line in table)
{
    Console.WriteLine(line);
}

var verdict = BenchReport.Verdict(rows);
Console.WriteLine();
foreach (var line in verdict)
{
    Console.WriteLine(line);
}

if (markdownPath is not null)
{
    var command = "dotnet run -c Release --project bench/Suite.Bench.Roster" + (args.Length == 0 ? "" : " -- " + string.Join(' ', args));
    File.WriteAllLines(markdownPath, BenchReport.Section(title, command, table, verdict));
}

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
}

string? Text(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
