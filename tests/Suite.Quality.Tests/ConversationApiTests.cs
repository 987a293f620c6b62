using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Suite.Quality.Api;
using Suite.Quality.Domain;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Paging;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;
using static Suite.Quality.Tests.TranscriptBatches;

namespace Suite.Quality.Tests;

public sealed class ConversationApiTests : IAsyncLifetime
{
    private readonly QualityHost _quality = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _quality.DisposeAsync();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private HttpClient Integrator(string tenant = TestTokens.TenantA) => _quality.Factory.ClientFor(tenant, SuiteRoles.Integrator);

    private HttpClient Supervisor(string tenant = TestTokens.TenantA) => _quality.Factory.ClientFor(tenant, SuiteRoles.Supervisor);

    private async Task<IngestConversationsResponse> IngestAsync(object batch, string tenant = TestTokens.TenantA)
    {
        var response = await Integrator(tenant).PostAsJsonAsync("/api/quality/conversations/batch", batch, SuiteJson.Options, Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<IngestConversationsResponse>(SuiteJson.Options, Cancellation))!;
    }

    private async Task<PagedResponse<ConversationSummaryResponse>> ListAsync(string query = "", string tenant = TestTokens.TenantA) =>
        (await Supervisor(tenant).GetFromJsonAsync<PagedResponse<ConversationSummaryResponse>>(
            $"/api/quality/conversations{query}", SuiteJson.Options, Cancellation))!;

    [Fact]
    public async Task A_batch_of_a_thousand_conversations_is_stored_and_inspected_in_one_request()
    {
        var agentId = Guid.CreateVersion7();
        var batch = Batch(Enumerable.Range(0, 1000)
            .Select(index => index % 10 == 0 ? CrossingRedLines($"C-{index}", agentId) : Courteous($"C-{index}", agentId))
            .ToArray());

        var result = await IngestAsync(batch);

        Assert.Equal(1000, result.Received);
        Assert.Equal(1000, result.Created.Count);
        Assert.Empty(result.Duplicates);
        Assert.Equal(100, result.Created.Count(created => created.FlaggedForReview));
        Assert.Equal(1000, (await ListAsync("?pageSize=1")).Total);
        Assert.Equal(100, (await ListAsync("?flagged=true&pageSize=1")).Total);
    }

    [Fact]
    public async Task A_stored_conversation_is_read_with_its_transcript_and_auto_qa_result()
    {
        var agentId = Guid.CreateVersion7();
        var created = Assert.Single((await IngestAsync(Batch(Courteous("TB-1", agentId)))).Created);

        var conversation = await Supervisor().GetFromJsonAsync<ConversationResponse>(
            $"/api/quality/conversations/{created.Id}", SuiteJson.Options, Cancellation);

        Assert.Equal(("TB-1", agentId, "TM-001", "tmall", "ORDER-TB-1", 5),
            (conversation!.ConversationId, conversation.AgentId, conversation.StoreCode, conversation.Channel, conversation.OrderReference, conversation.Csat));
        Assert.Equal(Start, conversation.StartedAt);
        Assert.Equal(TimeSpan.Zero, conversation.StartedAt.Offset);
        Assert.Equal(5, conversation.Messages.Count);
        Assert.Equal([SenderRole.Customer, SenderRole.Customer, SenderRole.Agent, SenderRole.Customer, SenderRole.Agent],
            conversation.Messages.Select(message => message.Role));
        var qa = conversation.AutoQa;
        Assert.Equal(new ResponseTimesResponse(475, 252.5, 180, 2, 2, 1, 0, 0.5), qa.ResponseTimes);
        Assert.Equal((3, 2, 2.0 / 3), (qa.CustomerMessages, qa.AgentMessages, qa.QuestionAnswerRatio));
        Assert.True(qa.GreetingPresent);
        Assert.True(qa.ClosingPresent);
        Assert.False(qa.FlaggedForReview);
        Assert.Empty(qa.RedLineHits);
    }

    [Fact]
    public async Task Red_line_hits_are_stored_with_their_position_and_the_conversation_is_flagged()
    {
        var agentId = Guid.CreateVersion7();
        await IngestAsync(Batch(Courteous("OK-1", agentId), CrossingRedLines("BAD-1", agentId)));

        var flagged = Assert.Single((await ListAsync("?flagged=true")).Items);
        var json = await Supervisor().GetStringAsync($"/api/quality/conversations/{flagged.Id}", Cancellation);
        var hits = JsonDocument.Parse(json).RootElement.GetProperty("autoQa").GetProperty("redLineHits");

        Assert.Equal(("BAD-1", 2), (flagged.ConversationId, flagged.RedLineHitCount));
        Assert.Equal(2, hits.GetArrayLength());
        Assert.Equal((1, 6, 3, "absolute-advertising", "全网最", "全网最"), Hit(hits[0]));
        Assert.Equal((2, 7, 11, "off-platform", "phone-number", "13812345678"), Hit(hits[1]));
        Assert.Equal("OK-1", Assert.Single((await ListAsync("?flagged=false")).Items).ConversationId);
    }

    private static (int, int, int, string?, string?, string?) Hit(JsonElement hit) => (
        hit.GetProperty("messageIndex").GetInt32(), hit.GetProperty("position").GetInt32(), hit.GetProperty("length").GetInt32(),
        hit.GetProperty("category").GetString(), hit.GetProperty("rule").GetString(), hit.GetProperty("matchedText").GetString());

    [Fact]
    public async Task Sending_conversations_again_changes_nothing_and_reports_them_as_duplicates()
    {
        var agentId = Guid.CreateVersion7();
        var first = await IngestAsync(Batch(Courteous("TB-1", agentId), Courteous("TB-2", agentId)));

        var again = await IngestAsync(Batch(CrossingRedLines("TB-1", agentId), Courteous("TB-3", agentId), Courteous("TB-2", agentId)));

        Assert.Equal(["TB-1", "TB-2"], again.Duplicates);
        Assert.Equal(["TB-3"], again.Created.Select(created => created.ConversationId));
        Assert.Equal(3, (await ListAsync()).Total);
        var unchanged = await Supervisor().GetFromJsonAsync<ConversationResponse>(
            $"/api/quality/conversations/{first.Created[0].Id}", SuiteJson.Options, Cancellation);
        Assert.False(unchanged!.AutoQa.FlaggedForReview);
        Assert.Equal(5, unchanged.Messages.Count);
    }

    [Fact]
    public async Task An_invalid_batch_stores_nothing_and_names_every_bad_conversation()
    {
        var agentId = Guid.CreateVersion7();
        var batch = Batch(
            Courteous("TB-1", agentId),
            new { conversationId = "TB-2", storeCode = "TM-001", messages = new[] { Message("customer", 0, "hi") } },
            Courteous("TB-3", agentId),
            new { conversationId = "TB-4", agentId, storeCode = "TM-001", csat = 9, messages = new[] { Message("buyer", 0, "hi"), Message("agent", -5, "") } });

        var response = await Integrator().PostAsJsonAsync("/api/quality/conversations/batch", batch, SuiteJson.Options, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancellation);
        Assert.Equal(
            ["conversations[1].agentId", "conversations[3].csat", "conversations[3].messages[0].role",
                "conversations[3].messages[1].sentAt", "conversations[3].messages[1].text"],
            problem!.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0, (await ListAsync()).Total);
    }

    [Theory]
    [InlineData("{\"conversations\": [")]
    [InlineData("{\"conversations\": [{\"conversationId\": \"A\", \"agentId\": \"not-a-guid\"}]}")]
    [InlineData("{\"conversations\": [{\"conversationId\": \"A\", \"csat\": \"5\"}]}")]
    public async Task Malformed_json_is_a_400_problem_that_says_where(string body)
    {
        var response = await Integrator().PostAsync("/api/quality/conversations/batch",
            new StringContent(body, Encoding.UTF8, "application/json"), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(SuiteJson.Options, Cancellation);
        Assert.False(string.IsNullOrWhiteSpace(problem!.Detail));
    }

    [Fact]
    public async Task An_empty_batch_is_a_validation_problem()
    {
        var response = await Integrator().PostAsJsonAsync("/api/quality/conversations/batch", Batch(), SuiteJson.Options, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancellation);
        Assert.Equal(["conversations"], problem!.Errors.Keys);
    }

    [Fact]
    public async Task Each_tenant_sees_only_its_own_conversations_and_may_reuse_an_id()
    {
        var agentId = Guid.CreateVersion7();
        var own = Assert.Single((await IngestAsync(Batch(Courteous("TB-1", agentId)))).Created);
        var other = await IngestAsync(Batch(Courteous("TB-1", agentId)), TestTokens.TenantB);

        var fromOtherTenant = await Supervisor(TestTokens.TenantB).GetAsync($"/api/quality/conversations/{own.Id}", Cancellation);
        var unknown = await Supervisor().GetAsync($"/api/quality/conversations/{Guid.CreateVersion7()}", Cancellation);

        Assert.Single(other.Created);
        Assert.Empty(other.Duplicates);
        Assert.Equal(HttpStatusCode.NotFound, fromOtherTenant.StatusCode);
        Assert.Equal("application/problem+json", fromOtherTenant.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(1, (await ListAsync(tenant: TestTokens.TenantB)).Total);
    }

    [Fact]
    public async Task Lists_filter_by_agent_and_store_and_validate_paging()
    {
        var agentId = Guid.CreateVersion7();
        await IngestAsync(Batch(Courteous("A-1", agentId, "S-1"), Courteous("A-2", agentId, "S-2"), Courteous("B-1", Guid.CreateVersion7(), "S-1")));

        Assert.Equal(2, (await ListAsync($"?agentId={agentId}")).Total);
        Assert.Equal(["A-1"], (await ListAsync($"?agentId={agentId}&storeCode=S-1")).Items.Select(item => item.ConversationId));
        var badPage = await Supervisor().GetAsync("/api/quality/conversations?page=0&pageSize=500", Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, badPage.StatusCode);
        var problem = await badPage.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancellation);
        Assert.Equal(["page", "pageSize"], problem!.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Only_management_and_integrators_may_ingest_and_callers_must_be_signed_in()
    {
        var batch = Batch(Courteous("TB-1", Guid.CreateVersion7()));

        var agent = await _quality.Factory.ClientFor(TestTokens.TenantA, SuiteRoles.Agent)
            .PostAsJsonAsync("/api/quality/conversations/batch", batch, SuiteJson.Options, Cancellation);
        var anonymous = await _quality.Factory.AnonymousClient()
            .PostAsJsonAsync("/api/quality/conversations/batch", batch, SuiteJson.Options, Cancellation);
        var anonymousRead = await _quality.Factory.AnonymousClient().GetAsync("/api/quality/conversations", Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, agent.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousRead.StatusCode);
        Assert.Equal(0, (await ListAsync()).Total);
    }

    [Fact]
    public async Task The_openapi_document_describes_every_quality_endpoint()
    {
        var document = await _quality.Factory.AnonymousClient().GetStringAsync("/openapi/quality.json", Cancellation);

        foreach (var path in new[]
                 {
                     "/api/quality/conversations/batch", "/api/quality/conversations/{id}", "/api/quality/auto-qa/policy",
                     "/api/quality/scorecards/{key}/versions", "/api/quality/scorecards/{id}/score-preview",
                     "/api/quality/evaluations/{id}/dispute", "/api/quality/evaluations/{id}/review",
                     "/api/quality/calibrations/{id}/report", "/api/quality/sampling-runs", "/api/quality/kpis", "/api/quality/kpis/daily-figures",
                     "/api/quality/agents/{agentId}/kpis", "/api/quality/reports/red-line-hits",
                 })
        {
            Assert.Contains(path, document);
        }

        Assert.Contains("not-applicable", document);
        Assert.Contains("absolute-advertising", document);
    }
}
