using Suite.Contracts;

namespace Suite.Quality.Domain;

/// <summary>
/// What a batch of transcripts must satisfy. A batch is all or nothing: every problem of every
/// conversation is reported at once, keyed by its path in the batch ("conversations[12].messages[3].text"),
/// so an integrator fixes them in one round and never has to work out which half was stored.
/// </summary>
public static class TranscriptRules
{
    public const int MaxConversationsPerBatch = 2000;
    public const int MaxMessagesPerConversation = 1000;
    public const int MaxTextLength = 4000;
    public const int MaxConversationIdLength = 128;
    public const int MaxStoreCodeLength = 64;
    public const int MaxChannelLength = 40;
    public const int MaxOrderReferenceLength = 64;
    public const int MinCsat = 1;
    public const int MaxCsat = 5;

    public static Dictionary<string, string[]> Validate(IReadOnlyList<TranscriptDraft?>? batch)
    {
        var errors = new Dictionary<string, string[]>();
        if (batch is null || batch.Count == 0)
        {
            errors["conversations"] = ["At least one conversation is required."];
            return errors;
        }

        if (batch.Count > MaxConversationsPerBatch)
        {
            errors["conversations"] = [$"A batch holds at most {MaxConversationsPerBatch} conversations; split it."];
            return errors;
        }

        var firstIndexOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < batch.Count; index++)
        {
            var prefix = $"conversations[{index}]";
            if (batch[index] is not { } draft)
            {
                errors[prefix] = ["A conversation is required, not null."];
                continue;
            }

            ValidateOne(errors, prefix, draft);
            var id = draft.ConversationId?.Trim();
            if (!string.IsNullOrEmpty(id) && !firstIndexOfId.TryAdd(id, index))
            {
                errors[$"{prefix}.conversationId"] = [$"conversationId '{id}' is already used by conversations[{firstIndexOfId[id]}] of this batch."];
            }
        }

        return errors;
    }

    /// <summary>Call only on a draft that passed <see cref="Validate"/>.</summary>
    public static NewConversation ToNewConversation(TranscriptDraft draft) => new(
        draft.ConversationId!.Trim(),
        draft.AgentId!.Value,
        draft.StoreCode!.Trim(),
        Optional(draft.Channel),
        Optional(draft.OrderReference),
        draft.Csat,
        draft.Messages!.Select(message => new TranscriptMessage(
            WireNames.TryParse<SenderRole>(message!.Role?.Trim(), out var role) ? role : throw new InvalidOperationException("The draft was not validated."),
            message.SentAt!.Value.ToUniversalTime(),
            message.Text!)).ToList());

    private static void ValidateOne(Dictionary<string, string[]> errors, string prefix, TranscriptDraft draft)
    {
        Required(errors, $"{prefix}.conversationId", draft.ConversationId, MaxConversationIdLength);
        if (draft.AgentId is null || draft.AgentId == Guid.Empty)
        {
            errors[$"{prefix}.agentId"] = ["agentId is required: the id of the agent who served the chat."];
        }

        Required(errors, $"{prefix}.storeCode", draft.StoreCode, MaxStoreCodeLength);
        MaxLength(errors, $"{prefix}.channel", draft.Channel, MaxChannelLength);
        MaxLength(errors, $"{prefix}.orderReference", draft.OrderReference, MaxOrderReferenceLength);
        if (draft.Csat is < MinCsat or > MaxCsat)
        {
            errors[$"{prefix}.csat"] = [$"csat, when given, must be between {MinCsat} and {MaxCsat}."];
        }

        if (draft.Messages is null || draft.Messages.Count == 0)
        {
            errors[$"{prefix}.messages"] = ["At least one message is required."];
            return;
        }

        if (draft.Messages.Count > MaxMessagesPerConversation)
        {
            errors[$"{prefix}.messages"] = [$"A conversation holds at most {MaxMessagesPerConversation} messages."];
            return;
        }

        DateTimeOffset? previous = null;
        for (var index = 0; index < draft.Messages.Count; index++)
        {
            var path = $"{prefix}.messages[{index}]";
            if (draft.Messages[index] is not { } message)
            {
                errors[path] = ["A message is required, not null."];
                continue;
            }

            if (!WireNames.TryParse<SenderRole>(message.Role?.Trim(), out _))
            {
                errors[$"{path}.role"] = [$"role must be one of {string.Join(", ", WireNames.All<SenderRole>())}."];
            }

            if (message.SentAt is not { } sentAt)
            {
                errors[$"{path}.sentAt"] = ["sentAt is required: an ISO 8601 instant with its offset."];
            }
            else
            {
                // Response times are measured in transcript order, so the order must be the order of sending.
                if (sentAt < previous)
                {
                    errors[$"{path}.sentAt"] = ["Messages must be in the order they were sent: this one is earlier than the one before."];
                }

                previous = sentAt;
            }

            if (string.IsNullOrWhiteSpace(message.Text))
            {
                errors[$"{path}.text"] = ["text is required."];
            }
            else if (message.Text.Length > MaxTextLength)
            {
                errors[$"{path}.text"] = [$"text must be at most {MaxTextLength} characters."];
            }
        }
    }

    private static void Required(Dictionary<string, string[]> errors, string field, string? value, int maxLength)
    {
        var name = field[(field.LastIndexOf('.') + 1)..];
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = [$"{name} is required."];
        }
        else if (value.Trim().Length > maxLength)
        {
            errors[field] = [$"{name} must be at most {maxLength} characters."];
        }
    }

    private static void MaxLength(Dictionary<string, string[]> errors, string field, string? value, int maxLength)
    {
        if (value is not null && value.Trim().Length > maxLength)
        {
            errors[field] = [$"{field[(field.LastIndexOf('.') + 1)..]} must be at most {maxLength} characters."];
        }
    }

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
