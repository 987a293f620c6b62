using Suite.Bench.Events;

// Events from a commit in one service to its effect in another over RabbitMQ, beside raw RabbitMQ.Client
// publish-and-consume of the same message size in the same run (the broker's own limit): throughput flat
// out, and latency at a fixed offered rate. Every suite event is checked to have exactly one effect.
var settings = BenchSettings.Parse(args);
if (settings is null)
{
    Console.Error.WriteLine(BenchSettings.Usage);
    return 2;
}

if (settings.Amqp is null && !RabbitMqNode.IsInstalled)
{
    Console.Error.WriteLine("RabbitMQ is not installed (apt-get install -y rabbitmq-server) and no --amqp URL was given.");
    return 2;
}

await using var node = settings.Amqp is null ? await RabbitMqNode.StartAsync() : null;
var amqp = settings.Amqp ?? node!.AmqpUri;
Console.WriteLine($"broker: {(node is null ? amqp : $"private RabbitMQ node on 127.0.0.1:{node.Port}")}");

var raw = new List<(PhaseResult Max, PhaseResult Rate)>();
var suite = new List<(PhaseResult Max, PhaseResult Rate)>();
var wireBytes = 0;
var versions = await Versions.ReadAsync(amqp);
for (var run = 1; run <= settings.Runs; run++)
{
    // Fresh databases per run; a short warm-up in each (not measured) settles connections, JIT and topology.
    await using (var pipeline = await SuitePipeline.StartAsync(amqp, settings.WriteAheadLog, settings.SerialCommits))
    {
        await pipeline.FixedRateAsync(200, settings.RatePerSecond);
        wireBytes = pipeline.WireBytes;
        var peer = new RawPeer(amqp, wireBytes);
        if (run == 1)
        {
            await peer.MaxThroughputAsync(500);
        }

        var rawMax = await PhaseResult.WithCpuAsync(() => peer.MaxThroughputAsync(settings.MaxEvents));
        Report.Line($"run {run} raw   max", rawMax);
        var suiteMax = await PhaseResult.WithCpuAsync(() => pipeline.MaxThroughputAsync(settings.MaxEvents, settings.Writers));
        Report.Line($"run {run} suite max", suiteMax);
        var rawRate = await PhaseResult.WithCpuAsync(() => peer.FixedRateAsync(settings.RateEvents, settings.RatePerSecond));
        Report.Line($"run {run} raw   {settings.RatePerSecond}/s", rawRate);
        var suiteRate = await PhaseResult.WithCpuAsync(() => pipeline.FixedRateAsync(settings.RateEvents, settings.RatePerSecond));
        Report.Line($"run {run} suite {settings.RatePerSecond}/s", suiteRate);
        raw.Add((rawMax, rawRate));
        suite.Add((suiteMax, suiteRate));
    }
}

var section = Report.Markdown(settings, versions, wireBytes,
    (PhaseResult.Median(raw.Select(r => r.Max).ToList()), PhaseResult.Median(raw.Select(r => r.Rate).ToList())),
    (PhaseResult.Median(suite.Select(r => r.Max).ToList()), PhaseResult.Median(suite.Select(r => r.Rate).ToList())),
    args);
Console.WriteLine();
Console.WriteLine(section);
if (settings.MarkdownPath is not null)
{
    await File.WriteAllTextAsync(settings.MarkdownPath, section);
}

return 0;
