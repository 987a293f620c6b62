using Suite.Quality.Domain;

namespace Suite.Quality.Api;

/// <summary>A batch of transcripts; at most <see cref="TranscriptRules.MaxConversationsPerBatch"/> conversations.</summary>
public sealed record IngestConversationsRequest(List<IngestConversationRequest?>? Conversations);

/// <summary>
/// One conversation as the integrator knows it. conversationId is the integrator's own id: sending it
/// again changes nothing. csat, when known, is 1 (very unsatisfied) to 5 (very satisfied).
/// </summary>
public sealed record IngestConversationRequest(
    string? ConversationId,
    Guid? AgentId,
    string? StoreCode,
    string? Channel,
    string? OrderReference,
    int? Csat,
    List<IngestMessageRequest?>? Messages)
{
    public TranscriptDraft ToDraft() => new(
        ConversationId, AgentId, StoreCode, Channel, OrderReference, Csat,
        Messages?.Select(message => message is null ? null : new TranscriptMessageDraft(message.Role, message.SentAt, message.Text)).ToList());
}

/// <summary>role is customer, agent or system; messages come in the order they were sent.</summary>
public sealed record IngestMessageRequest(string? Role, DateTimeOffset? SentAt, string? Text);

public sealed record IngestedConversationResponse(string ConversationId, Guid Id, bool FlaggedForReview);

/// <summary>What the batch stored, and which conversation ids were already stored (and left unchanged).</summary>
public sealed record IngestConversationsResponse(
    int Received,
    IReadOnlyList<IngestedConversationResponse> Created,
    IReadOnlyList<string> Duplicates);

public sealed record ResponseTimesResponse(
    double? FirstResponseSeconds,
    double? AverageResponseSeconds,
    int ThresholdSeconds,
    int CustomerBlocks,
    int AnsweredBlocks,
    int AnsweredWithinThreshold,
    int UnansweredBlocks,
    double? ResponseRate);

public sealed record AutoQaResponse(
    ResponseTimesResponse ResponseTimes,
    int CustomerMessages,
    int AgentMessages,
    double? QuestionAnswerRatio,
    bool GreetingPresent,
    bool ClosingPresent,
    bool FlaggedForReview,
    IReadOnlyList<RedLineHitResponse> RedLineHits);

public sealed record RedLineHitResponse(int MessageIndex, int Position, int Length, RedLineCategory Category, string Rule, string MatchedText)
{
    public static RedLineHitResponse From(ConversationRedLineHit hit) =>
        new(hit.MessageIndex, hit.Position, hit.Length, hit.Category, hit.Rule, hit.MatchedText);
}

public sealed record MessageResponse(int Index, SenderRole Role, DateTimeOffset SentAt, string Text);

public sealed record ConversationResponse(
    Guid Id,
    string ConversationId,
    Guid AgentId,
    string StoreCode,
    string? Channel,
    string? OrderReference,
    int? Csat,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    DateTimeOffset IngestedAt,
    IReadOnlyList<MessageResponse> Messages,
    AutoQaResponse AutoQa)
{
    public static ConversationResponse From(Conversation conversation) => new(
        conversation.Id, conversation.ExternalId, conversation.AgentId, conversation.StoreCode, conversation.Channel,
        conversation.OrderReference, conversation.Csat, conversation.StartedAt, conversation.EndedAt, conversation.IngestedAt,
        conversation.Messages.OrderBy(message => message.Index)
            .Select(message => new MessageResponse(message.Index, message.Role, message.SentAt, message.Text)).ToList(),
        new AutoQaResponse(
            new ResponseTimesResponse(
                conversation.FirstResponseSeconds, conversation.AverageResponseSeconds, conversation.ResponseThresholdSeconds,
                conversation.CustomerBlocks, conversation.AnsweredBlocks, conversation.AnsweredWithinThreshold,
                conversation.UnansweredBlocks,
                conversation.AnsweredBlocks == 0 ? null : (double)conversation.AnsweredWithinThreshold / conversation.AnsweredBlocks),
            conversation.CustomerMessages, conversation.AgentMessages, conversation.QuestionAnswerRatio,
            conversation.GreetingPresent, conversation.ClosingPresent, conversation.FlaggedForReview,
            conversation.RedLineHits.OrderBy(hit => hit.Sequence).Select(RedLineHitResponse.From).ToList()));
}

/// <summary>A conversation in a list: its facts and auto-QA headline, without the transcript.</summary>
public sealed record ConversationSummaryResponse(
    Guid Id,
    string ConversationId,
    Guid AgentId,
    string StoreCode,
    string? Channel,
    int? Csat,
    DateTimeOffset StartedAt,
    bool FlaggedForReview,
    int RedLineHitCount,
    double? FirstResponseSeconds,
    double? QuestionAnswerRatio);

/// <summary>A tenant's auto-QA policy; every list is replaced as a whole.</summary>
public sealed record AutoQaPolicyDocument(
    List<string>? GreetingPhrases,
    List<string>? ClosingPhrases,
    List<string>? AbusePhrases,
    List<string>? OffPlatformPhrases,
    List<string>? AbsoluteAdvertisingPhrases,
    bool? DetectContactDetails,
    int? ResponseThresholdSeconds)
{
    public AutoQaPolicyDraft ToDraft() => new(
        GreetingPhrases, ClosingPhrases, AbusePhrases, OffPlatformPhrases, AbsoluteAdvertisingPhrases,
        DetectContactDetails, ResponseThresholdSeconds);

    public static AutoQaPolicyDocument From(AutoQaPolicy policy) => new(
        [.. policy.GreetingPhrases], [.. policy.ClosingPhrases], [.. policy.AbusePhrases], [.. policy.OffPlatformPhrases],
        [.. policy.AbsoluteAdvertisingPhrases], policy.DetectContactDetails, policy.ResponseThresholdSeconds);
}
