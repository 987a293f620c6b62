using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Suite.Quality.Api;
using Suite.Quality.Domain;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;

namespace Suite.Quality.Tests;

public sealed class ScorecardApiTests : IAsyncLifetime
{
    private readonly QualityHost _quality = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _quality.DisposeAsync();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private HttpClient Manager(string tenant = TestTokens.TenantA) => _quality.Factory.ClientFor(tenant, SuiteRoles.Manager);

    /// <summary>The pre-sales scorecard of <see cref="Scorecards"/>, as JSON an API caller writes.</summary>
    public static object PreSalesRequest(string key = "tmall-presales", string? channel = "tmall", string? storeCode = null, decimal accuracyWeight = 40) => new
    {
        key,
        name = "天猫售前质检",
        channel,
        storeCode,
        sections = new object[]
        {
            new
            {
                key = "service",
                name = "服务态度",
                criteria = new object[]
                {
                    new { key = "greeting", name = "Greets", weight = 10, allowNotApplicable = true },
                    new { key = "courtesy", name = "Courteous", weight = 20 },
                    new { key = "no-abuse", name = "No abuse", weight = 0, kind = "critical" },
                },
            },
            new
            {
                key = "sales",
                name = "销售能力",
                criteria = new object[]
                {
                    new { key = "recommendation", name = "Recommends", weight = 30, allowNotApplicable = true },
                    new { key = "accuracy", name = "Accurate", weight = accuracyWeight },
                    new { key = "no-false-promise", name = "No false promise", weight = 0, kind = "critical", criticalScope = "section" },
                    new { key = "upsell", name = "Upsell", weight = 5, kind = "bonus" },
                },
            },
        },
    };

    public static async Task<ScorecardResponse> CreateAsync(HttpClient client, object request)
    {
        var response = await client.PostAsJsonAsync("/api/quality/scorecards", request, SuiteJson.Options, Cancellation);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ScorecardResponse>(SuiteJson.Options, Cancellation))!;
    }

    [Fact]
    public async Task A_scorecard_is_created_as_version_1_and_read_back_whole()
    {
        var created = await CreateAsync(Manager(), PreSalesRequest());

        var read = await Manager().GetFromJsonAsync<ScorecardResponse>($"/api/quality/scorecards/{created.Id}", SuiteJson.Options, Cancellation);
        var json = await Manager().GetStringAsync($"/api/quality/scorecards/{created.Id}", Cancellation);

        Assert.Equal((1, "tmall-presales", "tmall"), (read!.Version, read.Key, read.Channel));
        Assert.Equal(["service", "sales"], read.Sections.Select(section => section.Key));
        var noFalsePromise = read.Sections[1].Criteria[2];
        Assert.Equal((CriterionKind.Critical, CriticalScope.Section, 0m), (noFalsePromise.Kind, noFalsePromise.CriticalScope!.Value, noFalsePromise.Weight));
        Assert.Equal(CriticalScope.Evaluation, read.Sections[0].Criteria[2].CriticalScope);
        Assert.Contains("\"kind\":\"bonus\"", json);
    }

    [Fact]
    public async Task A_revision_is_a_new_version_and_the_old_one_stays()
    {
        var first = await CreateAsync(Manager(), PreSalesRequest());

        var response = await Manager().PostAsJsonAsync("/api/quality/scorecards/tmall-presales/versions", PreSalesRequest(accuracyWeight: 60), SuiteJson.Options, Cancellation);
        var second = (await response.Content.ReadFromJsonAsync<ScorecardResponse>(SuiteJson.Options, Cancellation))!;
        var latest = await Manager().GetFromJsonAsync<List<ScorecardResponse>>("/api/quality/scorecards", SuiteJson.Options, Cancellation);
        var versions = await Manager().GetFromJsonAsync<List<ScorecardResponse>>("/api/quality/scorecards/tmall-presales/versions", SuiteJson.Options, Cancellation);
        var old = await Manager().GetFromJsonAsync<ScorecardResponse>($"/api/quality/scorecards/{first.Id}", SuiteJson.Options, Cancellation);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(2, second.Version);
        Assert.Equal(second.Id, Assert.Single(latest!).Id);
        Assert.Equal([2, 1], versions!.Select(version => version.Version));
        Assert.Equal(40m, old!.Sections[1].Criteria[1].Weight);
        Assert.Equal(60m, second.Sections[1].Criteria[1].Weight);
    }

    [Fact]
    public async Task A_key_in_use_is_a_conflict_and_an_unknown_key_has_no_versions()
    {
        await CreateAsync(Manager(), PreSalesRequest());

        var again = await Manager().PostAsJsonAsync("/api/quality/scorecards", PreSalesRequest(), SuiteJson.Options, Cancellation);
        var unknown = await Manager().PostAsJsonAsync("/api/quality/scorecards/nope/versions", PreSalesRequest(key: "nope"), SuiteJson.Options, Cancellation);
        var otherTenant = await Manager(TestTokens.TenantB).GetAsync("/api/quality/scorecards/tmall-presales/versions", Cancellation);
        var otherTenantCreates = await Manager(TestTokens.TenantB).PostAsJsonAsync("/api/quality/scorecards", PreSalesRequest(), SuiteJson.Options, Cancellation);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherTenant.StatusCode);
        Assert.Equal(HttpStatusCode.Created, otherTenantCreates.StatusCode);
    }

    [Fact]
    public async Task An_invalid_scorecard_is_a_validation_problem_naming_each_field()
    {
        var request = new
        {
            key = "Bad Key",
            name = "",
            sections = new object[] { new { key = "s", name = "S", criteria = new object[] { new { key = "x", name = "X", weight = -5 } } } },
        };

        var response = await Manager().PostAsJsonAsync("/api/quality/scorecards", request, SuiteJson.Options, Cancellation);
        var badKind = await Manager().PostAsync("/api/quality/scorecards",
            new StringContent("{\"key\":\"k\",\"sections\":[{\"criteria\":[{\"kind\":\"mandatory\"}]}]}", System.Text.Encoding.UTF8, "application/json"), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancellation);
        Assert.Equal(["key", "name", "sections[0].criteria[0].weight"], problem!.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);
        Assert.Empty((await Manager().GetFromJsonAsync<List<ScorecardResponse>>("/api/quality/scorecards", SuiteJson.Options, Cancellation))!);
    }

    [Fact]
    public async Task A_score_preview_applies_na_critical_and_bonus_rules()
    {
        var created = await CreateAsync(Manager(), PreSalesRequest());
        var answers = new Dictionary<string, string>
        {
            ["greeting"] = "not-applicable", ["courtesy"] = "met", ["no-abuse"] = "met",
            ["recommendation"] = "met", ["accuracy"] = "met", ["no-false-promise"] = "not-met", ["upsell"] = "met",
        };

        var response = await Manager().PostAsJsonAsync($"/api/quality/scorecards/{created.Id}/score-preview", new { answers }, SuiteJson.Options, Cancellation);
        var score = (await response.Content.ReadFromJsonAsync<EvaluationScore>(SuiteJson.Options, Cancellation))!;
        answers["greeting"] = "not-applicable-at-all";
        var malformed = await Manager().PostAsJsonAsync($"/api/quality/scorecards/{created.Id}/score-preview", new { answers }, SuiteJson.Options, Cancellation);
        answers.Remove("greeting");
        answers["courtesy"] = "not-applicable";
        var invalid = await Manager().PostAsJsonAsync($"/api/quality/scorecards/{created.Id}/score-preview", new { answers }, SuiteJson.Options, Cancellation);

        // service 20 of 20 (greeting N/A); sales zeroed by the failed section red line: 20 of 90
        Assert.Equal((22.22m, false), (score.Score, score.AutoFailed));
        Assert.Equal(["no-false-promise"], score.FailedCriticalCriteria);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = await invalid.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancellation);
        Assert.Equal(["answers.courtesy", "answers.greeting"], problem!.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Only_management_may_write_scorecards_and_other_tenants_see_none()
    {
        var created = await CreateAsync(Manager(), PreSalesRequest());

        var integrator = await _quality.Factory.ClientFor(TestTokens.TenantA, SuiteRoles.Integrator)
            .PostAsJsonAsync("/api/quality/scorecards", PreSalesRequest("other"), SuiteJson.Options, Cancellation);
        var agentReads = await _quality.Factory.ClientFor(TestTokens.TenantA, SuiteRoles.Agent).GetAsync($"/api/quality/scorecards/{created.Id}", Cancellation);
        var otherTenant = await Manager(TestTokens.TenantB).GetAsync($"/api/quality/scorecards/{created.Id}", Cancellation);
        var anonymous = await _quality.Factory.AnonymousClient().GetAsync("/api/quality/scorecards", Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, integrator.StatusCode);
        Assert.Equal(HttpStatusCode.OK, agentReads.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherTenant.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Empty(JsonDocument.Parse(await Manager(TestTokens.TenantB).GetStringAsync("/api/quality/scorecards", Cancellation)).RootElement.EnumerateArray());
    }
}
