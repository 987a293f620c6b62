namespace Suite.ServiceDefaults.Messaging.DeadLetters;

/// <summary>A dead letter as an operator sees it; <see cref="Status"/> is "pending" or "replayed".</summary>
public sealed record DeadLetterResponse(
    Guid Id,
    Guid MessageId,
    string MessageType,
    string Consumer,
    string Endpoint,
    string Error,
    int Attempts,
    DateTimeOffset FirstFailedAt,
    DateTimeOffset LastFailedAt,
    DateTimeOffset? ReplayedAt,
    int Replays,
    string Status)
{
    public const string Pending = "pending";
    public const string Replayed = "replayed";

    public static DeadLetterResponse From(DeadLetter letter) => new(
        letter.Id, letter.MessageId, letter.MessageType, letter.Consumer, letter.Endpoint, letter.Error, letter.Attempts,
        letter.FirstFailedAt, letter.LastFailedAt, letter.ReplayedAt, letter.Replays, letter.IsPending ? Pending : Replayed);
}

/// <summary>One dead letter with the message it holds, as JSON.</summary>
public sealed record DeadLetterDetailResponse(DeadLetterResponse DeadLetter, string Payload);
