namespace Suite.Quality.Domain;

/// <summary>One message of a chat transcript, as the platform recorded it.</summary>
public sealed record TranscriptMessage(SenderRole Role, DateTimeOffset SentAt, string Text);
