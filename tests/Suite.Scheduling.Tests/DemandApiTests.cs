using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Suite.Scheduling.Api;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;

namespace Suite.Scheduling.Tests;

public sealed class DemandApiTests : IAsyncLifetime
{
    private readonly ServiceFactory<Suite.Scheduling.Grpc.SchedulingGrpcService> _service = new(SchedulingModule.Name);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _service.DisposeAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private HttpClient Supervisor(string tenant = TestTokens.TenantA) => _service.ClientFor(tenant, SuiteRoles.Supervisor);

    private async Task<Guid> QueueAsync(string tenant = TestTokens.TenantA)
    {
        var created = await Supervisor(tenant).PostAsJsonAsync("/api/scheduling/stores",
            new { code = "tmall-flagship", name = "Flagship", platform = "tmall", timeZone = "Asia/Shanghai", channel = "chat" }, Cancel);
        var store = await created.Content.ReadFromJsonAsync<StoreResponse>(SuiteJson.Options, Cancel);
        var queue = await Supervisor(tenant).PostAsJsonAsync($"/api/scheduling/stores/{store!.Id}/queues", new { name = "Pre-sales" }, Cancel);
        return (await queue.Content.ReadFromJsonAsync<QueueResponse>(SuiteJson.Options, Cancel))!.Id;
    }

    private Task<List<DemandIntervalResponse>?> ListAsync(Guid queueId) =>
        Supervisor().GetFromJsonAsync<List<DemandIntervalResponse>>(
            $"/api/scheduling/demand?queueId={queueId}&from=2026-12-01T00:00:00%2B08:00&to=2026-12-02T00:00:00%2B08:00", SuiteJson.Options, Cancel);

    private Task<HttpResponseMessage> PostCsvAsync(string csv) =>
        Supervisor().PostAsync("/api/scheduling/demand/csv", new StringContent(csv, Encoding.UTF8, "text/csv"), Cancel);

    [Fact]
    public async Task Entered_demand_is_stored_and_a_later_import_replaces_what_it_overlaps()
    {
        var queueId = await QueueAsync();

        var entered = await Supervisor().PostAsJsonAsync("/api/scheduling/demand", new
        {
            rows = new[]
            {
                new { queueId, start = "2026-12-01T09:00:00+08:00", intervalMinutes = 30, contacts = 100.0, ahtSeconds = 180.0 },
                new { queueId, start = "2026-12-01T09:30:00+08:00", intervalMinutes = 30, contacts = 120.0, ahtSeconds = 180.0 },
            },
        }, Cancel);
        var reentered = await PostCsvAsync(
            $"queueId,start,intervalMinutes,contacts,ahtSeconds\n{queueId},2026-12-01T09:30:00+08:00,15,70,200\n{queueId},2026-12-01T09:45:00+08:00,15,60,200\n");

        Assert.Equal(new ImportDemandResponse(2, 0), await entered.Content.ReadFromJsonAsync<ImportDemandResponse>(SuiteJson.Options, Cancel));
        Assert.Equal(new ImportDemandResponse(2, 1), await reentered.Content.ReadFromJsonAsync<ImportDemandResponse>(SuiteJson.Options, Cancel));
        var stored = (await ListAsync(queueId))!;
        Assert.Equal([(30, 100.0), (15, 70.0), (15, 60.0)], stored.Select(interval => (interval.IntervalMinutes, interval.Contacts)));
        Assert.Equal(["2026-12-01T01:00:00.0000000+00:00", "2026-12-01T01:30:00.0000000+00:00", "2026-12-01T01:45:00.0000000+00:00"],
            stored!.Select(interval => interval.Start.ToUniversalTime().ToString("O")));
    }

    [Fact]
    public async Task Each_demand_interval_gets_its_Erlang_C_head_count()
    {
        var queueId = await QueueAsync();
        await PostCsvAsync($"queueId,start,intervalMinutes,contacts,ahtSeconds\n{queueId},2026-12-01T09:00:00+08:00,30,100,180\n{queueId},2026-12-01T09:30:00+08:00,30,0,180\n");

        var staffing = (await Supervisor().GetFromJsonAsync<List<IntervalStaffingResponse>>(
            $"/api/scheduling/demand/staffing?queueId={queueId}&from=2026-12-01T00:00:00%2B08:00&to=2026-12-02T00:00:00%2B08:00"
            + "&serviceLevelTarget=0.8&serviceLevelSeconds=20&shrinkage=0.3", SuiteJson.Options, Cancel))!;
        var invalid = await Supervisor().GetAsync(
            $"/api/scheduling/demand/staffing?queueId={queueId}&from=2026-12-01T00:00:00Z&to=2026-12-02T00:00:00Z&serviceLevelTarget=NaN&shrinkage=2", Cancel);

        Assert.Equal([(14, 20), (0, 0)], staffing.Select(interval => (interval.RequiredAgents, interval.ScheduledAgents)));
        Assert.Equal(0.888, Math.Round(staffing[0].ServiceLevel, 3));
        var problem = await invalid.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel);
        Assert.Equal(["serviceLevelSeconds", "serviceLevelTarget", "shrinkage"], problem!.Errors.Keys.Order());
    }

    [Fact]
    public async Task A_bad_csv_lists_every_bad_line_and_imports_nothing()
    {
        var queueId = await QueueAsync();
        var foreignQueue = await QueueAsync(TestTokens.TenantB);

        var response = await PostCsvAsync(string.Join('\n',
            "queueId,start,intervalMinutes,contacts,ahtSeconds",
            $"{queueId},2026-12-01T09:00:00+08:00,30,100,180",
            $"{queueId},2026-12-01T09:10:00+08:00,30,100,180",
            $"{foreignQueue},2026-12-01T10:00:00+08:00,30,100,180",
            $"{queueId},2026-12-01T11:00:00+08:00,20,-1,0",
            $"{queueId},yesterday,30,1,1",
            $"{queueId},2026-12-01T12:00:00+08:00,30,1,1"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel);
        Assert.Equal(["line 3", "line 4", "line 5", "line 6"], problem!.Errors.Keys);
        Assert.Equal(3, problem.Errors["line 5"].Length);
        Assert.Empty((await ListAsync(queueId))!);
    }

    [Fact]
    public async Task A_csv_with_quoted_commas_and_quotes_imports_and_a_bad_quoted_row_rejects_it_all()
    {
        var queueId = await QueueAsync();
        const string header = "queueId,start,intervalMinutes,contacts,ahtSeconds,note";

        var bad = await PostCsvAsync(string.Join('\n',
            header,
            $"\"{queueId}\",2026-12-01T09:00:00+08:00,30,100,180,\"Double 11, \"\"warm-up\"\"\"",
            $"{queueId},2026-12-01T09:30:00+08:00,30,\"1,000\",180,",
            $"{queueId},2026-12-01T10:00:00+08:00,30,10,180,\"unclosed"));
        var good = await PostCsvAsync(string.Join("\r\n",
            header,
            $"\"{queueId}\",2026-12-01T09:00:00+08:00,30,100,180,\"Double 11, \"\"warm-up\"\"\"",
            $"{queueId},2026-12-01T09:30:00+08:00,30,\"1000\",180,\"two\r\nlines\""));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel);
        Assert.Equal(["line 3", "line 4"], problem!.Errors.Keys);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal([100.0, 1000.0], (await ListAsync(queueId))!.Select(interval => interval.Contacts));
    }

    [Fact]
    public async Task Entered_rows_are_named_by_position_and_need_an_offset()
    {
        var queueId = await QueueAsync();

        var response = await Supervisor().PostAsJsonAsync("/api/scheduling/demand", new
        {
            rows = new object?[]
            {
                new { queueId, start = "2026-12-01T09:00:00", intervalMinutes = 30, contacts = 1.0, ahtSeconds = 1.0 },
                new { queueId, start = "2026-12-01T09:00:00+08:00", intervalMinutes = 30, contacts = 1.0 },
                null,
            },
        }, Cancel);
        var empty = await Supervisor().PostAsJsonAsync("/api/scheduling/demand", new { rows = Array.Empty<object>() }, Cancel);

        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel);
        Assert.Equal(["rows[0]", "rows[1]", "rows[2]"], problem!.Errors.Keys);
        Assert.Contains("ahtSeconds", problem.Errors["rows[1]"][0]);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Empty((await ListAsync(queueId))!);
    }

    [Fact]
    public async Task Uploads_must_be_csv_listing_needs_its_parameters_and_writes_need_a_role()
    {
        var json = await Supervisor().PostAsync("/api/scheduling/demand/csv", new StringContent("{}", Encoding.UTF8, "application/json"), Cancel);
        var noHeader = await PostCsvAsync("");
        var list = await Supervisor().GetAsync("/api/scheduling/demand", Cancel);
        var asAgent = await _service.ClientFor(TestTokens.TenantA, SuiteRoles.Agent)
            .PostAsync("/api/scheduling/demand/csv", new StringContent("queueId", Encoding.UTF8, "text/csv"), Cancel);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noHeader.StatusCode);
        var problem = await list.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel);
        Assert.Equal(["from", "queueId", "to"], problem!.Errors.Keys.Order());
        Assert.Equal(HttpStatusCode.Forbidden, asAgent.StatusCode);
    }
}
