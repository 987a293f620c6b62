using Grpc.Core;
using Suite.Contracts.Quality.V1;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;

namespace Suite.Quality.Tests;

public sealed class TranscriptIngestionGrpcTests : IAsyncLifetime
{
    private readonly QualityHost _quality = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _quality.DisposeAsync();

    private static Metadata Bearer(string role = SuiteRoles.Integrator, string tenant = TestTokens.TenantA) =>
        new() { { "Authorization", $"Bearer {TestTokens.For(tenant, role)}" } };

    private TranscriptIngestionService.TranscriptIngestionServiceClient Client() => new(_quality.Factory.GrpcChannel());

    private static IngestedConversation Conversation(string id, string agentText = "您好,我们是全网最低价") => new()
    {
        ConversationId = id,
        AgentId = Guid.CreateVersion7().ToString(),
        StoreCode = "TM-001",
        Channel = "tmall",
        Csat = 4,
        Messages =
        {
            new TranscriptMessage { SenderRole = "customer", SentAt = "2026-11-11T10:10:15+08:00", Text = "在吗" },
            new TranscriptMessage { SenderRole = "agent", SentAt = "2026-11-11T10:10:45+08:00", Text = agentText },
        },
    };

    private static async Task<IngestConversationsReply> Stream(
        TranscriptIngestionService.TranscriptIngestionServiceClient client, Metadata headers, params IngestedConversation[] conversations)
    {
        using var call = client.IngestConversations(headers);
        foreach (var conversation in conversations)
        {
            await call.RequestStream.WriteAsync(conversation, TestContext.Current.CancellationToken);
        }

        await call.RequestStream.CompleteAsync();
        return await call;
    }

    [Fact]
    public async Task A_stream_of_conversations_is_stored_like_a_batch_and_is_idempotent()
    {
        var client = Client();

        var first = await Stream(client, Bearer(), Conversation("G-1"), Conversation("G-2", "您好,感谢您"));
        var second = await Stream(client, Bearer(), Conversation("G-2"), Conversation("G-3"));

        Assert.Equal(2, first.Received);
        Assert.Equal(["G-1", "G-2"], first.Created.Select(created => created.ConversationId));
        Assert.Equal([true, false], first.Created.Select(created => created.FlaggedForReview));
        Assert.Empty(first.DuplicateConversationIds);
        Assert.Equal(["G-3"], second.Created.Select(created => created.ConversationId));
        Assert.Equal(["G-2"], second.DuplicateConversationIds);
        var stored = await _quality.ConversationsOf(TestTokens.TenantA);
        Assert.Equal(3, stored.Count);
        var g1 = Assert.Single(stored, conversation => conversation.ExternalId == "G-1");
        Assert.Equal((4, 30.0), (g1.Csat, g1.FirstResponseSeconds));
    }

    [Fact]
    public async Task An_invalid_conversation_refuses_the_whole_stream_naming_it()
    {
        var bad = Conversation("G-2");
        bad.AgentId = "nope";
        bad.Messages[1].SentAt = "yesterday";

        var error = await Assert.ThrowsAsync<RpcException>(() => Stream(Client(), Bearer(), Conversation("G-1"), bad));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("conversations[1].agentId", error.Status.Detail);
        Assert.Contains("conversations[1].messages[1].sentAt", error.Status.Detail);
        Assert.Empty(await _quality.ConversationsOf(TestTokens.TenantA));
    }

    [Fact]
    public async Task An_empty_stream_is_invalid()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => Stream(Client(), Bearer()));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Fact]
    public async Task Callers_must_be_signed_in_and_allowed_to_feed_transcripts()
    {
        var anonymous = await Assert.ThrowsAsync<RpcException>(() => Stream(Client(), new Metadata(), Conversation("G-1")));
        var agent = await Assert.ThrowsAsync<RpcException>(() => Stream(Client(), Bearer(SuiteRoles.Agent), Conversation("G-1")));

        Assert.Equal(StatusCode.Unauthenticated, anonymous.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, agent.StatusCode);
        Assert.Empty(await _quality.ConversationsOf(TestTokens.TenantA));
    }
}
