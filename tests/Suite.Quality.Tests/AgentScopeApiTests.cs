using System.Net;
using System.Net.Http.Json;
using Suite.Quality.Api;
using Suite.Quality.Domain;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.ServiceDefaults.Paging;
using Suite.Testing;
using static Suite.Quality.Tests.TranscriptBatches;

namespace Suite.Quality.Tests;

/// <summary>Reads that expose one agent's records: management reads everyone's, an agent only its own.</summary>
public sealed class AgentScopeApiTests : IAsyncLifetime
{
    private readonly QualityHost _quality = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _quality.DisposeAsync();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_agent_reads_its_own_ledger_and_evaluations_and_nobody_elses_and_no_transcripts()
    {
        var agentId = Guid.CreateVersion7();
        var manager = _quality.Factory.ClientFor(TestTokens.TenantA, SuiteRoles.Manager);
        var ingested = await _quality.Factory.ClientFor(TestTokens.TenantA, SuiteRoles.Integrator)
            .PostAsJsonAsync("/api/quality/conversations/batch", Batch(Courteous("S-1", agentId)), SuiteJson.Options, Cancellation);
        var conversationId = (await ingested.Content.ReadFromJsonAsync<IngestConversationsResponse>(SuiteJson.Options, Cancellation))!.Created[0].Id;
        await ScorecardApiTests.CreateAsync(manager, ScorecardApiTests.PreSalesRequest());
        var evaluated = await manager.PostAsJsonAsync("/api/quality/evaluations", new
        {
            conversationId,
            answers = new Dictionary<string, string>
            {
                ["greeting"] = "met", ["courtesy"] = "met", ["no-abuse"] = "met",
                ["recommendation"] = "met", ["accuracy"] = "met", ["no-false-promise"] = "met",
            },
        }, SuiteJson.Options, Cancellation);
        var evaluation = (await evaluated.Content.ReadFromJsonAsync<EvaluationResponse>(SuiteJson.Options, Cancellation))!;
        await _quality.DeliverAsync(Complaints.Resolved(TestTokens.TenantA, agentId, upheld: true));
        var entry = Assert.Single(await _quality.LedgerOf(TestTokens.TenantA));
        var self = _quality.Factory.ClientForAgent(TestTokens.TenantA, agentId);
        var other = _quality.Factory.ClientForAgent(TestTokens.TenantA, Guid.CreateVersion7());

        var ownLedger = await self.GetFromJsonAsync<PagedResponse<LedgerEntryResponse>>($"/api/quality/agents/{agentId}/ledger", SuiteJson.Options, Cancellation);
        var ownEntry = await self.GetAsync($"/api/quality/ledger-entries/{entry.Id}", Cancellation);
        var ownEvaluations = await self.GetFromJsonAsync<PagedResponse<EvaluationResponse>>("/api/quality/evaluations", SuiteJson.Options, Cancellation);
        var ownEvaluation = await self.GetAsync($"/api/quality/evaluations/{evaluation.Id}", Cancellation);
        var transcript = await self.GetAsync($"/api/quality/conversations/{conversationId}", Cancellation);
        var transcripts = await self.GetAsync("/api/quality/conversations", Cancellation);

        Assert.Equal(HttpStatusCode.Created, evaluated.StatusCode);
        Assert.Single(ownLedger!.Items);
        Assert.Equal(HttpStatusCode.OK, ownEntry.StatusCode);
        Assert.Equal(evaluation.Id, Assert.Single(ownEvaluations!.Items).Id);
        Assert.Equal(HttpStatusCode.OK, ownEvaluation.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, transcript.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, transcripts.StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/quality/agents/{agentId}/ledger", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/quality/ledger-entries/{entry.Id}", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/quality/evaluations/{evaluation.Id}", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/quality/evaluations?agentId={agentId}", Cancellation)).StatusCode);
        Assert.Empty((await other.GetFromJsonAsync<PagedResponse<EvaluationResponse>>("/api/quality/evaluations", SuiteJson.Options, Cancellation))!.Items);
        var agentWithoutId = _quality.Factory.ClientFor(TestTokens.TenantA, SuiteRoles.Agent);
        Assert.Equal(HttpStatusCode.Forbidden, (await agentWithoutId.GetAsync("/api/quality/evaluations", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/api/quality/agents/{agentId}/ledger", Cancellation)).StatusCode);
    }
}
