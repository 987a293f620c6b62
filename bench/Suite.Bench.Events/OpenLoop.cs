using System.Diagnostics;

namespace Suite.Bench.Events;

/// <summary>
/// Starts work at a fixed offered rate whether or not earlier work has finished (an open loop), so a
/// slow pipeline shows up as latency rather than as a lower rate quietly chosen by the sender.
/// </summary>
internal static class OpenLoop
{
    public static async Task RunAsync(int count, int perSecond, int maxInFlight, Func<int, Task> send)
    {
        using var inFlight = new SemaphoreSlim(maxInFlight);
        var running = new List<Task>(count);
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            var due = start + (long)(i * (double)Stopwatch.Frequency / perSecond);
            while (Stopwatch.GetTimestamp() < due)
            {
                // Timers here tick in about a millisecond, which is the spacing at 1,000/s: sends due
                // within the same tick leave together.
                await Task.Delay(1);
            }

            await inFlight.WaitAsync();
            running.Add(SendAndRelease(i));
        }

        await Task.WhenAll(running);

        async Task SendAndRelease(int index)
        {
            try
            {
                await send(index);
            }
            finally
            {
                inFlight.Release();
            }
        }
    }

    /// <summary>Sends as fast as the workers can: each of them takes the next index until none are left.</summary>
    public static async Task RunFlatOutAsync(int count, int workers, Func<int, Task> send)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < count)
            {
                await send(index);
            }
        })));
    }
}
