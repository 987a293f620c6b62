using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Suite.Quality.Api;
using Suite.Quality.Domain;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;
using static Suite.Quality.Tests.TranscriptBatches;

namespace Suite.Quality.Tests;

public sealed class SamplingApiTests : IAsyncLifetime
{
    private readonly QualityHost _quality = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _quality.DisposeAsync();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private HttpClient Supervisor(string tenant = TestTokens.TenantA) => _quality.Factory.ClientFor(tenant, SuiteRoles.Supervisor);

    private static object Unhappy(string conversationId, Guid agentId) => new
    {
        conversationId,
        agentId,
        storeCode = "S-1",
        csat = 1,
        messages = new[] { Message("customer", 0, "还没发货?"), Message("agent", 600, "您好,马上催") },
    };

    /// <summary>
    /// Agent A: six ordinary chats at S-1, one crossing red lines, one rated 1. Agent B: three ordinary
    /// chats at S-2, where a complaint was filed against B.
    /// </summary>
    private async Task<(Guid AgentA, Guid AgentB)> ArrangeAsync()
    {
        Guid agentA = Guid.CreateVersion7(), agentB = Guid.CreateVersion7();
        object[] conversations =
        [
            .. Enumerable.Range(1, 6).Select(index => Courteous($"A-{index}", agentA, "S-1")),
            CrossingRedLines("A-RED", agentA),
            Unhappy("A-LOW", agentA),
            .. Enumerable.Range(1, 3).Select(index => Courteous($"B-{index}", agentB, "S-2")),
        ];
        var ingested = await _quality.Factory.ClientFor(TestTokens.TenantA, SuiteRoles.Integrator)
            .PostAsJsonAsync("/api/quality/conversations/batch", Batch(conversations), SuiteJson.Options, Cancellation);
        Assert.Equal(HttpStatusCode.OK, ingested.StatusCode);
        await _quality.DeliverAsync(Complaints.Filed(TestTokens.TenantA, agentB, storeCode: "S-2"));
        return (agentA, agentB);
    }

    private async Task<SamplingRunResponse> DrawAsync(int seed)
    {
        var response = await Supervisor().PostAsJsonAsync("/api/quality/sampling-runs", new
        {
            from = "2026-11-01",
            to = "2026-11-30",
            perAgent = 2,
            lowCsatAtMost = 2,
            evaluatorIds = new[] { "qa-1", "qa-2" },
            seed,
        }, SuiteJson.Options, Cancellation);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<SamplingRunResponse>(SuiteJson.Options, Cancellation))!;
    }

    [Fact]
    public async Task Targeted_conversations_are_reported_apart_from_n_random_ones_per_agent()
    {
        var (agentA, agentB) = await ArrangeAsync();

        var run = await DrawAsync(seed: 42);
        var again = await DrawAsync(seed: 42);
        var read = await Supervisor().GetFromJsonAsync<SamplingRunResponse>($"/api/quality/sampling-runs/{run.Id}", SuiteJson.Options, Cancellation);

        Assert.Equal(2, run.Random.Count);
        Assert.All(run.Random, item => Assert.Equal((agentA, "S-1"), (item.AgentId, item.StoreCode)));
        Assert.Equal(5, run.Targeted.Count);
        Assert.Equal(3, run.Targeted.Count(item => item.AgentId == agentB && item.Reasons.SequenceEqual([SpotCheckSampler.Complaint])));
        Assert.Single(run.Targeted, item => item.Reasons.SequenceEqual([SpotCheckSampler.RedLine]));
        Assert.Single(run.Targeted, item => item.Reasons.SequenceEqual([SpotCheckSampler.LowCsat]));
        Assert.Equal([4, 3], run.Random.Concat(run.Targeted).CountBy(item => item.EvaluatorId).Select(load => load.Value).OrderDescending());
        Assert.Equal(run.Random.Select(item => item.ConversationId), again.Random.Select(item => item.ConversationId));
        Assert.Equal((42, run.Random.Count, run.Targeted.Count), (read!.Seed, read.Random.Count, read.Targeted.Count));
    }

    [Fact]
    public async Task An_invalid_run_names_its_fields_and_other_tenants_cannot_read_a_run()
    {
        await ArrangeAsync();
        var run = await DrawAsync(seed: 1);

        var invalid = await Supervisor().PostAsJsonAsync("/api/quality/sampling-runs",
            new { from = "2026-11-30", to = "2026-11-01", perAgent = 0, evaluatorIds = Array.Empty<string>() }, SuiteJson.Options, Cancellation);
        var foreign = await Supervisor(TestTokens.TenantB).GetAsync($"/api/quality/sampling-runs/{run.Id}", Cancellation);
        var agent = await _quality.Factory.ClientFor(TestTokens.TenantA, SuiteRoles.Agent).GetAsync($"/api/quality/sampling-runs/{run.Id}", Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = await invalid.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancellation);
        Assert.Equal(["evaluatorIds", "from", "perAgent"], problem!.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, agent.StatusCode);
    }
}
