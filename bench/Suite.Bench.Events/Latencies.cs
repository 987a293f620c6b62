using System.Diagnostics;

namespace Suite.Bench.Events;

/// <summary>What one measured phase gives: its rate and the distribution of its per-message latencies.</summary>
internal sealed record PhaseResult(int Messages, double PerSecond, double OfferedPerSecond, double P50Ms, double P99Ms, double MaxMs, double CpuMsPerMessage = 0)
{
    /// <summary>
    /// Start and end are Stopwatch timestamps of the first send and the last arrival; latencies are
    /// Stopwatch tick differences, one per message.
    /// </summary>
    public static PhaseResult From(long start, long lastSend, long end, IReadOnlyList<long> latencyTicks)
    {
        var sorted = latencyTicks.Order().ToArray();
        double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
        double Percentile(double fraction) => Ms(sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)]);
        var seconds = (end - start) / (double)Stopwatch.Frequency;
        var sendSeconds = Math.Max(1e-9, (lastSend - start) / (double)Stopwatch.Frequency);
        return new PhaseResult(sorted.Length, sorted.Length / seconds, sorted.Length / sendSeconds,
            Percentile(0.50), Percentile(0.99), Ms(sorted[^1]));
    }

    /// <summary>
    /// Runs a phase and adds the processor time this process spent on it per message: on a machine
    /// shared with other work it is steadier than the rates, which depend on the share of the cores
    /// the process got.
    /// </summary>
    public static async Task<PhaseResult> WithCpuAsync(Func<Task<PhaseResult>> phase)
    {
        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        var result = await phase();
        process.Refresh();
        return result with { CpuMsPerMessage = (process.TotalProcessorTime - before).TotalMilliseconds / result.Messages };
    }

    /// <summary>Each figure is the median of that figure over the runs.</summary>
    public static PhaseResult Median(IReadOnlyList<PhaseResult> runs)
    {
        static double MedianOf(IEnumerable<double> values)
        {
            var sorted = values.Order().ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        }

        return new PhaseResult(
            runs[0].Messages,
            MedianOf(runs.Select(run => run.PerSecond)),
            MedianOf(runs.Select(run => run.OfferedPerSecond)),
            MedianOf(runs.Select(run => run.P50Ms)),
            MedianOf(runs.Select(run => run.P99Ms)),
            MedianOf(runs.Select(run => run.MaxMs)),
            MedianOf(runs.Select(run => run.CpuMsPerMessage)));
    }
}
