using Suite.Quality.Domain;

namespace Suite.Quality.Tests;

/// <summary>Transcripts written the way a chat platform records them, on one November day (UTC).</summary>
public static class Transcripts
{
    public static DateTimeOffset At(int hour, int minute, int second) => new(2026, 11, 11, hour, minute, second, TimeSpan.Zero);

    public static TranscriptMessage Customer(int hour, int minute, int second, string text = "在吗?") =>
        new(SenderRole.Customer, At(hour, minute, second), text);

    public static TranscriptMessage Agent(int hour, int minute, int second, string text = "您好,在的") =>
        new(SenderRole.Agent, At(hour, minute, second), text);

    public static TranscriptMessage SystemNote(int hour, int minute, int second, string text = "客服已接入") =>
        new(SenderRole.System, At(hour, minute, second), text);
}
