using System.Globalization;
using System.Text;

namespace Suite.Bench.Events;

/// <summary>What the benchmark prints per phase, and the Markdown section it writes for BENCHMARKS.md.</summary>
internal static class Report
{
    /// <summary>Latency goal at the fixed rate, and the share of the raw rate the suite should reach.</summary>
    private const double P99GoalMs = 50;
    private const double ThroughputGoal = 0.5;

    public static void Line(string label, PhaseResult result) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-22} {result.Messages,7} msgs  {result.PerSecond,8:F0} msg/s  (sent at {result.OfferedPerSecond,7:F0}/s)  p50 {result.P50Ms,7:F2} ms  p99 {result.P99Ms,7:F2} ms  max {result.MaxMs,8:F2} ms  cpu {result.CpuMsPerMessage,6:F3} ms/msg"));

    public static string Markdown(
        BenchSettings settings, Versions versions, int wireBytes,
        (PhaseResult Max, PhaseResult Rate) raw, (PhaseResult Max, PhaseResult Rate) suite, string[] args)
    {
        var ratio = suite.Max.PerSecond / raw.Max.PerSecond;
        var command = "dotnet run -c Release --project bench/Suite.Bench.Events" +
                      (args.Length > 0 ? " -- " + string.Join(' ', args) : "");
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine("### Events: a commit in one service to its effect in another over RabbitMQ, against raw RabbitMQ.Client");
        text.AppendLine();
        text.AppendLine(c, $"Measured {DateTime.UtcNow:yyyy-MM-dd} on {versions.Machine}, {versions.Runtime}, RabbitMQ {versions.RabbitMq} (local, one node),");
        text.AppendLine(c, $"RabbitMQ.Client {versions.RabbitMqClient}, MassTransit {versions.MassTransit}, SQLite {versions.Sqlite}. Median of {settings.Runs} run(s), each");
        text.AppendLine(c, $"with fresh databases: {settings.MaxEvents:N0} messages flat out ({settings.Writers} concurrent committers), then {settings.RateEvents:N0} at {settings.RatePerSecond:N0}/s offered (open loop).");
        text.AppendLine(c, $"Messages of {wireBytes:N0} bytes (MassTransit's envelope of an AgentHired as received; the raw peer sends the same size).");
        text.AppendLine(c, $"SQLite journal: {(settings.WriteAheadLog ? "write-ahead log with synchronous NORMAL (--wal; not what the services do today)" : "the default rollback journal with synchronous FULL, as the services run")}.");
        if (settings.SerialCommits)
        {
            text.AppendLine("The hiring service's commits took turns in the process (--serial-commits; not what the services do today).");
        }

        text.AppendLine(c, $"Command: `{command}`.");
        text.AppendLine();
        text.AppendLine(c, $"| path | max msg/s | vs raw | p50 at {settings.RatePerSecond:N0}/s | p99 | max | rate achieved | CPU ms per message (flat out) |");
        text.AppendLine("|---|---|---|---|---|---|---|---|");
        text.AppendLine(Row("raw RabbitMQ.Client: persistent, publisher confirms, one consumer, manual acks (latency: publish to delivery)", raw, raw.Max.PerSecond));
        text.AppendLine(Row("suite: SQLite commit with outbox row, relay, MassTransit, IdempotentConsumer with inbox row in a second service (latency: commit to effect committed)", suite, raw.Max.PerSecond));
        text.AppendLine();
        text.AppendLine(c, $"Goals: at least {ThroughputGoal * 100:F0}% of the raw rate ({(ratio >= ThroughputGoal ? "met" : "not met")}: {ratio * 100:F0}%); p99 under {P99GoalMs:F0} ms at {settings.RatePerSecond:N0}/s " +
                           $"({(suite.Rate.P99Ms < P99GoalMs ? "met" : "not met")}: {suite.Rate.P99Ms:F1} ms). Every suite event had exactly one effect and one inbox row (checked).");
        text.AppendLine("CPU is this process's processor time per message (both services and the raw client run in it; the broker's is not counted).");
        return text.ToString();

        string Row(string path, (PhaseResult Max, PhaseResult Rate) figures, double rawRate) => string.Create(c,
            $"| {path} | {figures.Max.PerSecond:N0} | {figures.Max.PerSecond / rawRate * 100:F0}% | {figures.Rate.P50Ms:F2} ms | {figures.Rate.P99Ms:F2} ms | {figures.Rate.MaxMs:F2} ms | {figures.Rate.OfferedPerSecond:N0}/s | {figures.Max.CpuMsPerMessage:F3} |");
    }
}
