using System.Globalization;

namespace Suite.Bench.Events;

/// <summary>What one invocation measures: how many runs, how many events, at what offered rate.</summary>
internal sealed record BenchSettings(
    bool Quick,
    string? Amqp,
    string? MarkdownPath,
    int Runs,
    int MaxEvents,
    int RatePerSecond,
    int RateSeconds,
    bool WriteAheadLog,
    int Writers,
    bool SerialCommits)
{
    public const string Usage =
        "usage: Suite.Bench.Events [--quick] [--amqp URL] [--markdown PATH] [--runs N] [--events N] [--rate PER_SECOND] [--seconds N] [--writers N] [--wal] [--serial-commits]";

    public int RateEvents => RatePerSecond * RateSeconds;

    public static BenchSettings? Parse(string[] args)
    {
        var quick = args.Contains("--quick");
        var settings = new BenchSettings(
            quick,
            Amqp: null,
            MarkdownPath: null,
            Runs: quick ? 1 : 3,
            MaxEvents: quick ? 3_000 : 20_000,
            RatePerSecond: 1_000,
            RateSeconds: quick ? 3 : 10,
            WriteAheadLog: false,
            Writers: 8,
            SerialCommits: false);
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    break;
                case "--serial-commits":
                    settings = settings with { SerialCommits = true };
                    break;
                case "--wal":
                    settings = settings with { WriteAheadLog = true };
                    break;
                case "--amqp" when i + 1 < args.Length:
                    settings = settings with { Amqp = args[++i] };
                    break;
                case "--markdown" when i + 1 < args.Length:
                    settings = settings with { MarkdownPath = args[++i] };
                    break;
                case "--runs" when i + 1 < args.Length && Positive(args[++i]) is { } runs:
                    settings = settings with { Runs = runs };
                    break;
                case "--events" when i + 1 < args.Length && Positive(args[++i]) is { } events:
                    settings = settings with { MaxEvents = events };
                    break;
                case "--rate" when i + 1 < args.Length && Positive(args[++i]) is { } rate:
                    settings = settings with { RatePerSecond = rate };
                    break;
                case "--writers" when i + 1 < args.Length && Positive(args[++i]) is { } writers:
                    settings = settings with { Writers = writers };
                    break;
                case "--seconds" when i + 1 < args.Length && Positive(args[++i]) is { } seconds:
                    settings = settings with { RateSeconds = seconds };
                    break;
                default:
                    return null;
            }
        }

        return settings;
    }

    private static int? Positive(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
}
