namespace Suite.Quality.Domain;

/// <summary>
/// How quickly the agent answered a transcript's customer blocks. A customer block is a run of
/// consecutive customer messages (system messages neither start nor end one); its response time runs
/// from the block's first message to the next agent message. A block the agent never answered has no
/// response time: it is counted apart (<see cref="UnansweredBlocks"/>) rather than as a slow answer,
/// because the last block is often the customer's own "ok, thanks".
/// </summary>
public sealed record ResponseTimes(
    TimeSpan? FirstResponse,
    TimeSpan? AverageResponse,
    int CustomerBlocks,
    int AnsweredBlocks,
    int AnsweredWithinThreshold,
    int UnansweredBlocks)
{
    /// <summary>The share of answered blocks answered within the threshold; null when none was answered.</summary>
    public double? ResponseRate => AnsweredBlocks == 0 ? null : (double)AnsweredWithinThreshold / AnsweredBlocks;

    /// <summary>Messages must be in the order they were sent (ingestion checks it).</summary>
    public static ResponseTimes Measure(IReadOnlyList<TranscriptMessage> messages, TimeSpan threshold)
    {
        DateTimeOffset? blockStart = null;
        var responses = new List<TimeSpan>();
        var blocks = 0;
        foreach (var message in messages)
        {
            switch (message.Role)
            {
                case SenderRole.Customer when blockStart is null:
                    blockStart = message.SentAt;
                    blocks++;
                    break;
                case SenderRole.Agent when blockStart is { } start:
                    responses.Add(message.SentAt - start);
                    blockStart = null;
                    break;
            }
        }

        // Only the last block can be unanswered (any later agent message answers it), so when any block
        // was answered the first one was, and its response is the first response.
        TimeSpan? first = responses.Count > 0 ? responses[0] : null;
        TimeSpan? average = responses.Count > 0 ? TimeSpan.FromTicks((long)responses.Average(response => response.Ticks)) : null;
        return new ResponseTimes(
            first, average, blocks, responses.Count, responses.Count(response => response <= threshold), blocks - responses.Count);
    }
}
