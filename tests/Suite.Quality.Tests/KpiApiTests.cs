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

public sealed class KpiApiTests : IAsyncLifetime
{
    private readonly QualityHost _quality = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _quality.DisposeAsync();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private HttpClient Manager(string tenant = TestTokens.TenantA) => _quality.Factory.ClientFor(tenant, SuiteRoles.Manager);

    private HttpClient Integrator() => _quality.Factory.ClientFor(TestTokens.TenantA, SuiteRoles.Integrator);

    private async Task DefineAsync(string code, string direction, string aggregation, decimal target)
    {
        var response = await Manager().PostAsJsonAsync("/api/quality/kpis", new { code, name = code, direction, aggregation, target }, SuiteJson.Options, Cancellation);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private async Task<HttpResponseMessage> FeedAsync(params object[] figures) =>
        await Integrator().PostAsJsonAsync("/api/quality/kpis/daily-figures", new { figures }, SuiteJson.Options, Cancellation);

    [Fact]
    public async Task An_agents_kpis_come_from_auto_qa_and_fed_figures_and_name_each_shortfall()
    {
        var agentId = Guid.CreateVersion7();
        await DefineAsync("first-response-seconds", "lower-is-better", "average", 60);
        await DefineAsync("response-rate", "higher-is-better", "average", 0.9m);
        await DefineAsync("reception-count", "higher-is-better", "sum", 2);
        await DefineAsync("sales-volume", "higher-is-better", "sum", 1000);
        await Integrator().PostAsJsonAsync("/api/quality/conversations/batch", Batch(Courteous("K-1", agentId), Courteous("K-2", agentId)), SuiteJson.Options, Cancellation);

        var fed = await FeedAsync(new { agentId, day = "2026-11-10", kpiCode = "sales-volume", value = 300 }, new { agentId, day = "2026-11-11", kpiCode = "sales-volume", value = 400 });
        var refed = await FeedAsync(new { agentId, day = "2026-11-11", kpiCode = "sales-volume", value = 500 }, new { agentId, day = "2026-12-01", kpiCode = "sales-volume", value = 9000 });
        var report = await Manager().GetFromJsonAsync<AgentKpiReport>($"/api/quality/agents/{agentId}/kpis?from=2026-11-01&to=2026-11-30", SuiteJson.Options, Cancellation);

        Assert.Equal(new KpiFiguresResponse(2, 0), await fed.Content.ReadFromJsonAsync<KpiFiguresResponse>(SuiteJson.Options, Cancellation));
        Assert.Equal(new KpiFiguresResponse(1, 1), await refed.Content.ReadFromJsonAsync<KpiFiguresResponse>(SuiteJson.Options, Cancellation));
        Assert.Equal(["first-response-seconds", "reception-count", "response-rate", "sales-volume"], report!.Kpis.Select(kpi => kpi.Code));
        var byCode = report.Kpis.ToDictionary(kpi => kpi.Code);
        Assert.Equal((475m, 415m, false), (byCode["first-response-seconds"].Actual!.Value, byCode["first-response-seconds"].Shortfall!.Value, byCode["first-response-seconds"].Met!.Value));
        Assert.Equal((2m, true), (byCode["reception-count"].Actual!.Value, byCode["reception-count"].Met!.Value));
        Assert.Equal((0.5m, 0.4m), (byCode["response-rate"].Actual!.Value, byCode["response-rate"].Shortfall!.Value));
        Assert.Equal((800m, 200m, 0.8m), (byCode["sales-volume"].Actual!.Value, byCode["sales-volume"].Shortfall!.Value, byCode["sales-volume"].Attainment!.Value));
    }

    [Fact]
    public async Task Invalid_figures_store_nothing_and_name_each_problem()
    {
        var agentId = Guid.CreateVersion7();
        await DefineAsync("first-response-seconds", "lower-is-better", "average", 60);
        await DefineAsync("sales-volume", "higher-is-better", "sum", 1000);

        var response = await FeedAsync(
            new { agentId, day = "2026-11-10", kpiCode = "sales-volume", value = 300 },
            new { agentId, day = "2026-11-10", kpiCode = "first-response-seconds", value = 10 },
            new { agentId, kpiCode = "unknown", value = 1 });
        var report = await Manager().GetFromJsonAsync<AgentKpiReport>($"/api/quality/agents/{agentId}/kpis?from=2026-11-01&to=2026-11-30", SuiteJson.Options, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancellation);
        Assert.Equal(["figures[1].kpiCode", "figures[2].day", "figures[2].kpiCode"], problem!.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Null(report!.Kpis.Single(kpi => kpi.Code == "sales-volume").Actual);
    }

    [Fact]
    public async Task Kpis_are_validated_per_tenant_and_only_management_defines_them()
    {
        await DefineAsync("csat", "higher-is-better", "average", 4.8m);

        var redefined = await Manager().PostAsJsonAsync("/api/quality/kpis",
            new { code = "csat", name = "CSAT", direction = "higher-is-better", aggregation = "average", target = 4.9m }, SuiteJson.Options, Cancellation);
        var invalid = await Manager().PostAsJsonAsync("/api/quality/kpis", new { code = "Bad Code", name = "" }, SuiteJson.Options, Cancellation);
        var byIntegrator = await Integrator().PostAsJsonAsync("/api/quality/kpis",
            new { code = "csat", name = "x", direction = "higher-is-better", aggregation = "sum", target = 1 }, SuiteJson.Options, Cancellation);
        var noPeriod = await Manager().GetAsync($"/api/quality/agents/{Guid.CreateVersion7()}/kpis", Cancellation);
        var own = await Manager().GetFromJsonAsync<List<KpiResponse>>("/api/quality/kpis", SuiteJson.Options, Cancellation);
        var other = await Manager(TestTokens.TenantB).GetFromJsonAsync<List<KpiResponse>>("/api/quality/kpis", SuiteJson.Options, Cancellation);

        Assert.Equal(HttpStatusCode.OK, redefined.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = await invalid.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancellation);
        Assert.Equal(["aggregation", "code", "direction", "name", "target"], problem!.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, byIntegrator.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noPeriod.StatusCode);
        var csat = Assert.Single(own!);
        Assert.Equal(("csat", "CSAT", 4.9m, true, KpiDirection.HigherIsBetter), (csat.Code, csat.Name, csat.Target, csat.DerivedFromAutoQa, csat.Direction));
        Assert.Empty(other!);
    }

    [Fact]
    public async Task A_kpi_carries_its_unit_the_average_response_time_is_measured_and_an_agent_reads_only_its_own()
    {
        var agentId = Guid.CreateVersion7();
        var defined = await Manager().PostAsJsonAsync("/api/quality/kpis",
            new { code = "average-response-seconds", name = "Average response", unit = "seconds", direction = "lower-is-better", aggregation = "average", target = 60 },
            SuiteJson.Options, Cancellation);
        var badUnit = await Manager().PostAsJsonAsync("/api/quality/kpis",
            new { code = "sales-volume", name = "Sales", unit = new string('x', 41), direction = "higher-is-better", aggregation = "sum", target = 1 },
            SuiteJson.Options, Cancellation);
        await Integrator().PostAsJsonAsync("/api/quality/conversations/batch", Batch(Courteous("U-1", agentId)), SuiteJson.Options, Cancellation);
        const string Period = "from=2026-11-01&to=2026-11-30";

        var own = await _quality.Factory.ClientForAgent(TestTokens.TenantA, agentId)
            .GetFromJsonAsync<AgentKpiReport>($"/api/quality/agents/{agentId}/kpis?{Period}", SuiteJson.Options, Cancellation);
        var others = await _quality.Factory.ClientForAgent(TestTokens.TenantA, Guid.CreateVersion7()).GetAsync($"/api/quality/agents/{agentId}/kpis?{Period}", Cancellation);
        var listed = await Manager().GetFromJsonAsync<List<KpiResponse>>("/api/quality/kpis", SuiteJson.Options, Cancellation);

        Assert.Equal(HttpStatusCode.Created, defined.StatusCode);
        Assert.Equal(["unit"], (await badUnit.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancellation))!.Errors.Keys);
        Assert.Equal(("seconds", true), (listed!.Single().Unit, listed!.Single().DerivedFromAutoQa));
        // The example: blocks answered after 475 s and 30 s.
        var average = Assert.Single(own!.Kpis);
        Assert.Equal((252.5m, 192.5m), (average.Actual!.Value, average.Shortfall!.Value));
        Assert.Equal(HttpStatusCode.Forbidden, others.StatusCode);
    }
}
