using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Suite.Quality.Api;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;
using static Suite.Quality.Tests.TranscriptBatches;

namespace Suite.Quality.Tests;

public sealed class AutoQaPolicyApiTests : IAsyncLifetime
{
    private const string Policy = "/api/quality/auto-qa/policy";

    private readonly QualityHost _quality = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _quality.DisposeAsync();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private HttpClient Manager(string tenant = TestTokens.TenantA) => _quality.Factory.ClientFor(tenant, SuiteRoles.Manager);

    private static AutoQaPolicyDocument Custom() => new(
        ["Welcome to Acme"], ["Bye from Acme"], ["rubbish"], ["telegram"], ["cheapest"], false, 60);

    [Fact]
    public async Task A_tenant_without_a_policy_reads_the_defaults()
    {
        var policy = await Manager().GetFromJsonAsync<AutoQaPolicyDocument>(Policy, SuiteJson.Options, Cancellation);

        Assert.Contains("您好", policy!.GreetingPhrases!);
        Assert.Contains("第一", policy.AbsoluteAdvertisingPhrases!);
        Assert.Equal((true, 180), (policy.DetectContactDetails, policy.ResponseThresholdSeconds));
    }

    [Fact]
    public async Task A_replaced_policy_is_read_back_and_inspects_conversations_ingested_afterwards()
    {
        var agentId = Guid.CreateVersion7();
        var before = await Ingest("BEFORE", agentId);

        var put = await Manager().PutAsJsonAsync(Policy, Custom() with { GreetingPhrases = [" Welcome to Acme ", "Welcome to Acme"] }, SuiteJson.Options, Cancellation);
        var read = await Manager().GetFromJsonAsync<AutoQaPolicyDocument>(Policy, SuiteJson.Options, Cancellation);
        var after = await Ingest("AFTER", agentId);
        var otherTenant = await Manager(TestTokens.TenantB).GetFromJsonAsync<AutoQaPolicyDocument>(Policy, SuiteJson.Options, Cancellation);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(["Welcome to Acme"], read!.GreetingPhrases);
        Assert.Equal(["cheapest"], read.AbsoluteAdvertisingPhrases);
        Assert.Equal((false, 60), (read.DetectContactDetails, read.ResponseThresholdSeconds));
        Assert.Equal(["absolute-advertising", "off-platform"], before.AutoQa.RedLineHits.Select(hit => Wire(hit.Category)));
        Assert.Equal(180, before.AutoQa.ResponseTimes.ThresholdSeconds);
        Assert.Equal(["cheapest", "rubbish"], after.AutoQa.RedLineHits.Select(hit => hit.Rule));
        Assert.True(after.AutoQa.GreetingPresent);
        Assert.Equal(60, after.AutoQa.ResponseTimes.ThresholdSeconds);
        Assert.Equal(180, otherTenant!.ResponseThresholdSeconds);

        // A second replacement updates the tenant's one policy.
        var again = await Manager().PutAsJsonAsync(Policy, Custom() with { ResponseThresholdSeconds = 90 }, SuiteJson.Options, Cancellation);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(90, (await Manager().GetFromJsonAsync<AutoQaPolicyDocument>(Policy, SuiteJson.Options, Cancellation))!.ResponseThresholdSeconds);
    }

    private static string Wire(Suite.Quality.Domain.RedLineCategory category) => Suite.Contracts.WireNames.Of(category);

    private async Task<ConversationResponse> Ingest(string conversationId, Guid agentId)
    {
        var conversation = new
        {
            conversationId,
            agentId,
            storeCode = "TM-001",
            messages = new[]
            {
                Message("customer", 0, "hi"),
                Message("agent", 30, "Welcome to ACME, we are the CHEAPEST, 第一, 13812345678, what rubbish"),
            },
        };
        var response = await _quality.Factory.ClientFor(TestTokens.TenantA, SuiteRoles.Integrator)
            .PostAsJsonAsync("/api/quality/conversations/batch", Batch(conversation), SuiteJson.Options, Cancellation);
        var created = (await response.Content.ReadFromJsonAsync<IngestConversationsResponse>(SuiteJson.Options, Cancellation))!.Created[0];
        return (await Manager().GetFromJsonAsync<ConversationResponse>($"/api/quality/conversations/{created.Id}", SuiteJson.Options, Cancellation))!;
    }

    [Fact]
    public async Task An_invalid_policy_is_refused_naming_every_field_and_changes_nothing()
    {
        var response = await Manager().PutAsJsonAsync(Policy,
            new { greetingPhrases = new[] { "hi", " " }, closingPhrases = Array.Empty<string>(), responseThresholdSeconds = 0 },
            SuiteJson.Options, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancellation);
        Assert.Equal(
            ["absoluteAdvertisingPhrases", "abusePhrases", "detectContactDetails", "greetingPhrases[1]", "offPlatformPhrases", "responseThresholdSeconds"],
            problem!.Errors.Keys.Order(StringComparer.Ordinal));
        var policy = await Manager().GetFromJsonAsync<AutoQaPolicyDocument>(Policy, SuiteJson.Options, Cancellation);
        Assert.Equal(180, policy!.ResponseThresholdSeconds);
    }

    [Fact]
    public async Task Only_management_may_replace_the_policy()
    {
        var integrator = await _quality.Factory.ClientFor(TestTokens.TenantA, SuiteRoles.Integrator).PutAsJsonAsync(Policy, Custom(), SuiteJson.Options, Cancellation);
        var agent = await _quality.Factory.ClientFor(TestTokens.TenantA, SuiteRoles.Agent).PutAsJsonAsync(Policy, Custom(), SuiteJson.Options, Cancellation);
        var anonymous = await _quality.Factory.AnonymousClient().GetAsync(Policy, Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, integrator.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, agent.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}
