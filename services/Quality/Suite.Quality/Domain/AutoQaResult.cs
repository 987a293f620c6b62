namespace Suite.Quality.Domain;

/// <summary>What the automatic inspection found in one conversation.</summary>
public sealed record AutoQaResult(
    ResponseTimes ResponseTimes,
    int CustomerMessages,
    int AgentMessages,
    bool GreetingPresent,
    bool ClosingPresent,
    IReadOnlyList<RedLineFinding> RedLineHits)
{
    /// <summary>Agent messages over customer messages; null when the customer wrote nothing.</summary>
    public double? QuestionAnswerRatio => CustomerMessages == 0 ? null : (double)AgentMessages / CustomerMessages;

    /// <summary>Any red-line hit puts the conversation in front of a reviewer.</summary>
    public bool FlaggedForReview => RedLineHits.Count > 0;
}
