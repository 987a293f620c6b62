using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Suite.Scheduling.Api;
using Suite.Scheduling.Data;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.ServiceDefaults.Tenancy;
using Suite.Testing;

namespace Suite.Scheduling.Tests;

public sealed class WorkloadApiTests : IAsyncLifetime
{
    private readonly ServiceFactory<Suite.Scheduling.Grpc.SchedulingGrpcService> _service = new(SchedulingModule.Name);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _service.DisposeAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private HttpClient Supervisor(string tenant = TestTokens.TenantA) => _service.ClientFor(tenant, SuiteRoles.Supervisor);

    private async Task<AgentResponse> HireAsync(string employeeNumber, int? maxDailyReceptions = 300, string tenant = TestTokens.TenantA)
    {
        var response = await Supervisor(tenant).PostAsJsonAsync("/api/scheduling/agents", new
        {
            employeeNumber, displayName = employeeNumber, team = "Multi-store", level = "customer-service", hiredOn = "2026-11-02", maxDailyReceptions,
        }, Cancel);
        return (await response.Content.ReadFromJsonAsync<AgentResponse>(SuiteJson.Options, Cancel))!;
    }

    private static object SixStoresFor(Guid agentId) => new[] { ("tmall", 50), ("taobao", 40), ("jd", 40), ("pinduoduo", 30), ("douyin", 20), ("youzan", 20) }
        .Select(store => new { agentId, store = store.Item1, receptions = store.Item2 }).ToArray();

    [Fact]
    public async Task The_seed_example_is_reported_overloaded_and_a_tenant_overhead_changes_it()
    {
        var xiaoMing = await HireAsync("XM");
        var xiaoHong = await HireAsync("XH");
        var posted = await Supervisor().PostAsJsonAsync("/api/scheduling/workload/receptions", new { date = "2026-11-25", figures = SixStoresFor(xiaoMing.Id) }, Cancel);
        await Supervisor().PostAsJsonAsync("/api/scheduling/workload/receptions",
            new { date = "2026-11-25", figures = new[] { new { agentId = xiaoHong.Id, store = "tmall", receptions = 250 } } }, Cancel);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var overloaded = await Supervisor().GetFromJsonAsync<WorkloadReportResponse>(
            "/api/scheduling/workload/report?from=2026-11-25&overloadedOnly=true", SuiteJson.Options, Cancel);
        var line = Assert.Single(overloaded!.Days);
        Assert.Equal((xiaoMing.Id, 200, 6, 320, 300, true), (line.AgentId, line.Receptions, line.StoresServed, line.EffectiveLoad, line.MaxDailyReceptions, line.Overloaded));
        Assert.Equal(20, overloaded.PerStoreOverhead);

        var changed = await Supervisor().PutAsJsonAsync("/api/scheduling/workload/settings", new { perStoreOverhead = 10 }, Cancel);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var all = await Supervisor().GetFromJsonAsync<WorkloadReportResponse>("/api/scheduling/workload/report?from=2026-11-25", SuiteJson.Options, Cancel);
        Assert.Equal([(260, false), (260, false)], all!.Days.Select(day => (day.EffectiveLoad, day.Overloaded)));
        Assert.Equal(new WorkloadSettingsResponse(20, true),
            await Supervisor(TestTokens.TenantB).GetFromJsonAsync<WorkloadSettingsResponse>("/api/scheduling/workload/settings", SuiteJson.Options, Cancel));
    }

    [Fact]
    public async Task Store_candidates_are_ranked_by_headroom_after_the_stores_overhead()
    {
        var xiaoMing = await HireAsync("XM");
        var xiaoHong = await HireAsync("XH");
        await HireAsync("NM", maxDailyReceptions: null);
        await Supervisor().PostAsJsonAsync("/api/scheduling/workload/receptions", new { date = "2026-11-25", figures = SixStoresFor(xiaoMing.Id) }, Cancel);
        await Supervisor().PostAsJsonAsync("/api/scheduling/workload/receptions",
            new { date = "2026-11-25", figures = new[] { new { agentId = xiaoHong.Id, store = "jd", receptions = 230 } } }, Cancel);

        var candidates = await Supervisor().GetFromJsonAsync<List<StoreCandidateResponse>>(
            "/api/scheduling/workload/store-candidates?date=2026-11-25&store=Kuaishou", SuiteJson.Options, Cancel);
        var missing = await Supervisor().GetAsync("/api/scheduling/workload/store-candidates", Cancel);

        Assert.Equal([("XH", 30), ("XM", -40)], candidates!.Select(candidate => (candidate.EmployeeNumber, candidate.Headroom)));
        var problem = await missing.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel);
        Assert.Equal(["date", "store"], problem!.Errors.Keys.Order());
    }

    [Fact]
    public async Task A_corrected_export_replaces_the_earlier_figure()
    {
        var agent = await HireAsync("XM");
        await Supervisor().PostAsJsonAsync("/api/scheduling/workload/receptions",
            new { date = "2026-11-25", figures = new[] { new { agentId = agent.Id, store = "tmall", receptions = 100 } } }, Cancel);

        var corrected = await Supervisor().PostAsJsonAsync("/api/scheduling/workload/receptions",
            new { date = "2026-11-25", figures = new[] { new { agentId = agent.Id, store = "TMALL", receptions = 120 } } }, Cancel);

        Assert.Equal(new PostReceptionsResponse(new DateOnly(2026, 11, 25), 0, 1),
            await corrected.Content.ReadFromJsonAsync<PostReceptionsResponse>(SuiteJson.Options, Cancel));
        var report = await Supervisor().GetFromJsonAsync<WorkloadReportResponse>("/api/scheduling/workload/report?from=2026-11-25", SuiteJson.Options, Cancel);
        Assert.Equal(140, Assert.Single(report!.Days).EffectiveLoad);
    }

    [Fact]
    public async Task A_bad_line_rejects_the_whole_post_naming_it()
    {
        var agent = await HireAsync("XM");
        var foreign = await HireAsync("XB", tenant: TestTokens.TenantB);

        var response = await Supervisor().PostAsJsonAsync("/api/scheduling/workload/receptions", new
        {
            date = "2026-11-25",
            figures = new object[]
            {
                new { agentId = agent.Id, store = "tmall", receptions = 100 },
                new { agentId = foreign.Id, store = "tmall", receptions = 5 },
                new { agentId = agent.Id, store = "jd", receptions = -1 },
            },
        }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel);
        Assert.Equal(["figures[2].receptions"], problem!.Errors.Keys);
        var unknown = await Supervisor().PostAsJsonAsync("/api/scheduling/workload/receptions", new
        {
            date = "2026-11-25",
            figures = new object[] { new { agentId = agent.Id, store = "tmall", receptions = 100 }, new { agentId = foreign.Id, store = "tmall", receptions = 5 } },
        }, Cancel);
        var unknownProblem = await unknown.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel);
        Assert.Equal(["figures[1].agentId"], unknownProblem!.Errors.Keys);
        await using var scope = _service.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(TestTokens.TenantA);
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<SchedulingDbContext>().DailyReceptions.CountAsync(Cancel));
    }

    [Fact]
    public async Task Report_and_settings_parameters_are_validated_and_writes_need_a_role()
    {
        var noFrom = await Supervisor().GetAsync("/api/scheduling/workload/report", Cancel);
        var tooLong = await Supervisor().GetAsync("/api/scheduling/workload/report?from=2026-10-01&to=2026-11-25", Cancel);
        var backwards = await Supervisor().GetAsync("/api/scheduling/workload/report?from=2026-11-25&to=2026-11-01", Cancel);
        var notADate = await Supervisor().GetAsync("/api/scheduling/workload/report?from=yesterday", Cancel);
        var badOverhead = await Supervisor().PutAsJsonAsync("/api/scheduling/workload/settings", new { perStoreOverhead = -5 }, Cancel);
        var asAgent = await _service.ClientFor(TestTokens.TenantA, SuiteRoles.Agent).PutAsJsonAsync("/api/scheduling/workload/settings", new { perStoreOverhead = 5 }, Cancel);
        var anonymous = await _service.AnonymousClient().GetAsync("/api/scheduling/workload/report?from=2026-11-25", Cancel);

        Assert.Contains("from", (await noFrom.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel))!.Errors.Keys);
        Assert.Contains("to", (await tooLong.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel))!.Errors.Keys);
        Assert.Contains("to", (await backwards.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel))!.Errors.Keys);
        Assert.Equal(HttpStatusCode.BadRequest, notADate.StatusCode);
        Assert.Contains("perStoreOverhead", (await badOverhead.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel))!.Errors.Keys);
        Assert.Equal(HttpStatusCode.Forbidden, asAgent.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}
