namespace Suite.Quality.Domain;

/// <summary>A validated conversation, ready for auto-QA and storage.</summary>
public sealed record NewConversation(
    string ExternalId,
    Guid AgentId,
    string StoreCode,
    string? Channel,
    string? OrderReference,
    int? Csat,
    IReadOnlyList<TranscriptMessage> Messages);
