using Suite.ServiceDefaults.Data;

namespace Suite.Quality.Domain;

/// <summary>
/// A chat transcript ingested from a platform, with what auto-QA found in it. Stored once per
/// integrator conversation id: re-sending it changes nothing.
/// </summary>
public sealed class Conversation : ITenantOwned
{
    private Conversation()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    /// <summary>The integrator's own id of the conversation, which makes ingestion idempotent.</summary>
    public string ExternalId { get; private set; } = "";

    public Guid AgentId { get; private set; }

    public string StoreCode { get; private set; } = "";

    public string? Channel { get; private set; }

    public string? OrderReference { get; private set; }

    public int? Csat { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset EndedAt { get; private set; }

    public DateTimeOffset IngestedAt { get; private set; }

    public List<ConversationMessage> Messages { get; private set; } = [];

    // Times are kept as seconds: SQL Server's time type cannot hold a day or more.
    public double? FirstResponseSeconds { get; private set; }

    public double? AverageResponseSeconds { get; private set; }

    public int ResponseThresholdSeconds { get; private set; }

    public int CustomerBlocks { get; private set; }

    public int AnsweredBlocks { get; private set; }

    public int AnsweredWithinThreshold { get; private set; }

    public int UnansweredBlocks { get; private set; }

    public int CustomerMessages { get; private set; }

    public int AgentMessages { get; private set; }

    public double? QuestionAnswerRatio { get; private set; }

    public bool GreetingPresent { get; private set; }

    public bool ClosingPresent { get; private set; }

    public bool FlaggedForReview { get; private set; }

    public List<ConversationRedLineHit> RedLineHits { get; private set; } = [];

    public static Conversation Ingest(NewConversation details, AutoQaResult qa, TimeSpan responseThreshold, DateTimeOffset now)
    {
        var times = qa.ResponseTimes;
        return new Conversation
        {
            Id = Guid.CreateVersion7(now),
            ExternalId = details.ExternalId,
            AgentId = details.AgentId,
            StoreCode = details.StoreCode,
            Channel = details.Channel,
            OrderReference = details.OrderReference,
            Csat = details.Csat,
            StartedAt = details.Messages[0].SentAt,
            EndedAt = details.Messages[^1].SentAt,
            IngestedAt = now,
            Messages = details.Messages.Select((message, index) => new ConversationMessage(index, message)).ToList(),
            FirstResponseSeconds = times.FirstResponse?.TotalSeconds,
            AverageResponseSeconds = times.AverageResponse?.TotalSeconds,
            ResponseThresholdSeconds = (int)responseThreshold.TotalSeconds,
            CustomerBlocks = times.CustomerBlocks,
            AnsweredBlocks = times.AnsweredBlocks,
            AnsweredWithinThreshold = times.AnsweredWithinThreshold,
            UnansweredBlocks = times.UnansweredBlocks,
            CustomerMessages = qa.CustomerMessages,
            AgentMessages = qa.AgentMessages,
            QuestionAnswerRatio = qa.QuestionAnswerRatio,
            GreetingPresent = qa.GreetingPresent,
            ClosingPresent = qa.ClosingPresent,
            FlaggedForReview = qa.FlaggedForReview,
            RedLineHits = qa.RedLineHits.Select((hit, sequence) => new ConversationRedLineHit(sequence, hit)).ToList(),
        };
    }
}

/// <summary>One message of a stored transcript, at its index in the transcript.</summary>
public sealed class ConversationMessage
{
    private ConversationMessage()
    {
    }

    internal ConversationMessage(int index, TranscriptMessage message)
    {
        Index = index;
        Role = message.Role;
        SentAt = message.SentAt;
        Text = message.Text;
    }

    public int Index { get; private set; }

    public SenderRole Role { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    public string Text { get; private set; } = "";
}

/// <summary>A stored red-line hit of a conversation (see <see cref="RedLineFinding"/>).</summary>
public sealed class ConversationRedLineHit
{
    private ConversationRedLineHit()
    {
    }

    internal ConversationRedLineHit(int sequence, RedLineFinding finding)
    {
        Sequence = sequence;
        MessageIndex = finding.MessageIndex;
        Position = finding.Position;
        Length = finding.Length;
        Category = finding.Category;
        Rule = finding.Rule;
        MatchedText = finding.MatchedText;
    }

    public int Sequence { get; private set; }

    public int MessageIndex { get; private set; }

    public int Position { get; private set; }

    public int Length { get; private set; }

    public RedLineCategory Category { get; private set; }

    public string Rule { get; private set; } = "";

    public string MatchedText { get; private set; } = "";
}
