using Suite.Quality.Domain;

namespace Suite.Quality.Tests;

public sealed class TranscriptRulesTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 11, 10, 0, 0, TimeSpan.FromHours(8));

    private static TranscriptDraft Valid(string id = "TB-1") => new(
        id, Guid.CreateVersion7(), "TM-001", "tmall", "ORDER-9", 5,
        [new TranscriptMessageDraft("customer", Start, "在吗"), new TranscriptMessageDraft(" agent ", Start.AddSeconds(20), "您好")]);

    [Fact]
    public void A_valid_batch_has_no_problems_and_converts_to_utc_conversations()
    {
        var draft = Valid();

        Assert.Empty(TranscriptRules.Validate([draft, Valid("TB-2")]));
        var conversation = TranscriptRules.ToNewConversation(draft);
        Assert.Equal(("TB-1", "TM-001", "tmall", "ORDER-9", 5), (conversation.ExternalId, conversation.StoreCode, conversation.Channel, conversation.OrderReference, conversation.Csat));
        Assert.Equal([SenderRole.Customer, SenderRole.Agent], conversation.Messages.Select(message => message.Role));
        Assert.Equal(TimeSpan.Zero, conversation.Messages[0].SentAt.Offset);
        Assert.Equal(Start, conversation.Messages[0].SentAt);
    }

    [Fact]
    public void Optional_labels_may_be_blank_and_become_absent()
    {
        var conversation = TranscriptRules.ToNewConversation(Valid() with { Channel = " ", OrderReference = null, Csat = null });

        Assert.Equal((null, null, null), (conversation.Channel, conversation.OrderReference, conversation.Csat));
    }

    [Fact]
    public void Every_problem_of_every_conversation_is_named_by_its_path()
    {
        var errors = TranscriptRules.Validate([
            Valid(),
            Valid() with { ConversationId = " ", AgentId = Guid.Empty, StoreCode = null, Csat = 6 },
            null,
            Valid("TB-3") with
            {
                Channel = new string('c', TranscriptRules.MaxChannelLength + 1),
                Messages =
                [
                    new TranscriptMessageDraft("buyer", Start, "hi"),
                    new TranscriptMessageDraft("agent", null, " "),
                    null,
                    new TranscriptMessageDraft("agent", Start.AddSeconds(-1), new string('x', TranscriptRules.MaxTextLength + 1)),
                ],
            },
            Valid("TB-4") with { Messages = [] },
        ]);

        Assert.Equal(
            [
                "conversations[1].agentId", "conversations[1].conversationId", "conversations[1].csat", "conversations[1].storeCode",
                "conversations[2]",
                "conversations[3].channel", "conversations[3].messages[0].role", "conversations[3].messages[1].sentAt",
                "conversations[3].messages[1].text", "conversations[3].messages[2]", "conversations[3].messages[3].sentAt",
                "conversations[3].messages[3].text",
                "conversations[4].messages",
            ],
            errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_conversation_id_used_twice_in_a_batch_names_the_first_use()
    {
        var errors = TranscriptRules.Validate([Valid("TB-1"), Valid("TB-2"), Valid(" TB-1 ")]);

        var problem = Assert.Single(errors);
        Assert.Equal("conversations[2].conversationId", problem.Key);
        Assert.Contains("conversations[0]", problem.Value[0]);
    }

    [Fact]
    public void Messages_at_the_same_instant_are_in_order()
    {
        var draft = Valid() with { Messages = [new("customer", Start, "a"), new("agent", Start, "b"), new("system", Start, "c")] };

        Assert.Empty(TranscriptRules.Validate([draft]));
    }

    [Fact]
    public void A_batch_must_hold_one_to_the_maximum_of_conversations()
    {
        Assert.Equal(["conversations"], TranscriptRules.Validate(null).Keys);
        Assert.Equal(["conversations"], TranscriptRules.Validate([]).Keys);
        Assert.Equal(["conversations"], TranscriptRules.Validate(
            Enumerable.Range(0, TranscriptRules.MaxConversationsPerBatch + 1).Select(index => (TranscriptDraft?)Valid($"TB-{index}")).ToList()).Keys);
    }

    [Fact]
    public void A_conversation_may_hold_at_most_the_maximum_of_messages()
    {
        var tooLong = Valid() with
        {
            Messages = Enumerable.Range(0, TranscriptRules.MaxMessagesPerConversation + 1)
                .Select(index => (TranscriptMessageDraft?)new TranscriptMessageDraft("customer", Start.AddSeconds(index), "hi")).ToList(),
        };

        Assert.Equal(["conversations[0].messages"], TranscriptRules.Validate([tooLong]).Keys);
    }
}
