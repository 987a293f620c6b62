using System.Diagnostics;
using System.Globalization;
using Suite.Bench.Roster;
using Suite.Scheduling.Domain.Rostering;

// Usage: dotnet run -c Release --project bench/Suite.Bench.Roster [-- --quick] [--seed N] [--runs N] [--load-percent N]
var quick = args.Contains("--quick");
var seed = Option("--seed", 7);
var runs = Option("--runs", quick ? 1 : 3);
var load = Option("--load-percent", 60) / 100.0;
var (agents, queues, days) = quick ? (100, 4, 7) : (1000, 20, 7);

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
Console.WriteLine($"Roster benchmark: {agents} agents, {queues} queues, {days} days, 30-minute intervals, seed {seed}, demand at {load:P0} of agent supply, {runs} run(s){(quick ? " (quick)" : "")}");
Console.WriteLine();
Console.WriteLine("| run | build s | generate s | assignments | required agent-h | unmet agent-h | lower bound agent-h | gap agent-h | gap % of required | covered vs best possible | over agent-h | rule breaks |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
var worstSeconds = 0.0;
for (var run = 1; run <= runs; run++)
{
    var build = Stopwatch.StartNew();
    var problem = BenchScenario.Build(agents, queues, days, load, seed);
    build.Stop();
    var generate = Stopwatch.StartNew();
    var result = RosterGenerator.Generate(problem);
    generate.Stop();
    worstSeconds = Math.Max(worstSeconds, generate.Elapsed.TotalSeconds);
    var e = result.Evaluation;
    var gap = e.UnderCoverageAgentHours - e.LowerBoundAgentHours;
    var bestCoverable = e.RequiredAgentHours - e.LowerBoundAgentHours;
    var covered = e.RequiredAgentHours - e.UnderCoverageAgentHours;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {run} | {build.Elapsed.TotalSeconds:0.00} | {generate.Elapsed.TotalSeconds:0.00} | {result.Assignments.Count} | {e.RequiredAgentHours:0.0} | {e.UnderCoverageAgentHours:0.0} | {e.LowerBoundAgentHours:0.0} | {gap:0.0} | {100 * gap / Math.Max(1, e.RequiredAgentHours):0.00}% | {100 * covered / Math.Max(1, bestCoverable):0.00}% | {e.OverCoverageAgentHours:0.0} | {e.Violations.Count} |"));
}

Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Slowest generation {worstSeconds:0.00} s (goal < 10 s)."));

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
