namespace Suite.Quality.Domain;

/// <summary>
/// A conversation as an integrator sent it, before validation. Everything may be missing or wrong;
/// <see cref="TranscriptRules"/> says what, by the conversation's index in its batch.
/// </summary>
public sealed record TranscriptDraft(
    string? ConversationId,
    Guid? AgentId,
    string? StoreCode,
    string? Channel,
    string? OrderReference,
    int? Csat,
    IReadOnlyList<TranscriptMessageDraft?>? Messages);

/// <summary>A message as sent: the role as its wire name ("customer"), the instant if it could be read.</summary>
public sealed record TranscriptMessageDraft(string? Role, DateTimeOffset? SentAt, string? Text);
