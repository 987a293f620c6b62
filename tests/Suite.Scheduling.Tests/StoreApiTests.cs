using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Suite.Scheduling.Api;
using Suite.Scheduling.Domain.Stores;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;

namespace Suite.Scheduling.Tests;

public sealed class StoreApiTests : IAsyncLifetime
{
    private readonly ServiceFactory<Suite.Scheduling.Grpc.SchedulingGrpcService> _service = new(SchedulingModule.Name);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _service.DisposeAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private HttpClient Supervisor(string tenant = TestTokens.TenantA) => _service.ClientFor(tenant, SuiteRoles.Supervisor);

    private static object Store(string name = "Flagship", string platform = "Tmall", string timeZone = "Asia/Shanghai", string? code = null) => new
    {
        code = code ?? $"{platform.Trim().ToLowerInvariant()}-{name.ToLowerInvariant()}", name, platform, timeZone, channel = "chat",
        openingHours = new[] { new { day = "monday", start = "08:00", end = "23:00" }, new { day = "saturday", start = "09:00", end = "01:00" } },
    };

    [Fact]
    public async Task A_store_on_any_platform_keeps_its_time_zone_hours_and_queues()
    {
        var created = await Supervisor().PostAsJsonAsync("/api/scheduling/stores", Store(), Cancel);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var store = await created.Content.ReadFromJsonAsync<StoreResponse>(SuiteJson.Options, Cancel);
        await Supervisor().PostAsJsonAsync("/api/scheduling/stores", Store("Official", "Douyin"), Cancel);

        var queue = await Supervisor().PostAsJsonAsync($"/api/scheduling/stores/{store!.Id}/queues",
            new { name = "After-sales", requiredSkills = new[] { "After-Sales", "tmall" } }, Cancel);

        Assert.Equal(HttpStatusCode.Created, queue.StatusCode);
        var fetchedQueue = await Supervisor().GetFromJsonAsync<QueueResponse>(queue.Headers.Location, SuiteJson.Options, Cancel);
        Assert.Equal(["after-sales", "tmall"], fetchedQueue!.RequiredSkills);
        var fetched = await Supervisor().GetFromJsonAsync<StoreResponse>($"/api/scheduling/stores/{store.Id}", SuiteJson.Options, Cancel);
        Assert.Equal(("tmall", "Asia/Shanghai", Channel.Chat), (fetched!.Platform, fetched.TimeZone, fetched.Channel));
        Assert.Equal(new AvailabilityWindowDto(DayOfWeek.Saturday, "09:00", "01:00"), fetched.OpeningHours[1]);
        Assert.Equal("After-sales", Assert.Single(fetched.Queues).Name);
        var douyin = await Supervisor().GetFromJsonAsync<List<StoreResponse>>("/api/scheduling/stores?platform=DOUYIN", SuiteJson.Options, Cancel);
        Assert.Equal("Official", Assert.Single(douyin!).Name);
        Assert.Empty((await Supervisor(TestTokens.TenantB).GetFromJsonAsync<List<StoreResponse>>("/api/scheduling/stores", SuiteJson.Options, Cancel))!);
    }

    [Fact]
    public async Task Bad_stores_name_each_field_and_write_nothing()
    {
        var bad = await Supervisor().PostAsJsonAsync("/api/scheduling/stores", new
        {
            code = "Tmall Flagship!", name = "", platform = "Tmall", timeZone = "China Standard Time", channel = "chat",
            openingHours = new[] { new { day = "monday", start = "8am", end = "23:00" } },
        }, Cancel);
        var badChannel = await Supervisor().PostAsync("/api/scheduling/stores",
            new StringContent("{\"code\":\"jd-x\",\"name\":\"X\",\"platform\":\"jd\",\"timeZone\":\"Asia/Shanghai\",\"channel\":\"pigeon\"}", Encoding.UTF8, "application/json"), Cancel);

        var problem = await bad.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel);
        Assert.Equal(["code", "name", "openingHours[0].start", "timeZone"], problem!.Errors.Keys.Order());
        Assert.Equal(HttpStatusCode.BadRequest, badChannel.StatusCode);
        Assert.Empty((await Supervisor().GetFromJsonAsync<List<StoreResponse>>("/api/scheduling/stores", SuiteJson.Options, Cancel))!);
    }

    [Fact]
    public async Task The_same_store_name_on_the_same_platform_is_a_conflict()
    {
        await Supervisor().PostAsJsonAsync("/api/scheduling/stores", Store(), Cancel);

        var duplicate = await Supervisor().PostAsJsonAsync("/api/scheduling/stores", Store("Flagship", " TMALL", code: "tmall-flagship-2"), Cancel);

        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
    }

    [Fact]
    public async Task Queues_belong_to_a_store_of_the_callers_tenant()
    {
        var created = await Supervisor().PostAsJsonAsync("/api/scheduling/stores", Store(), Cancel);
        var store = await created.Content.ReadFromJsonAsync<StoreResponse>(SuiteJson.Options, Cancel);

        var foreign = await Supervisor(TestTokens.TenantB).PostAsJsonAsync($"/api/scheduling/stores/{store!.Id}/queues", new { name = "Pre-sales" }, Cancel);
        var invalid = await Supervisor().PostAsJsonAsync($"/api/scheduling/stores/{store.Id}/queues", new { name = "" }, Cancel);
        await Supervisor().PostAsJsonAsync($"/api/scheduling/stores/{store.Id}/queues", new { name = "Pre-sales" }, Cancel);
        var duplicate = await Supervisor().PostAsJsonAsync($"/api/scheduling/stores/{store.Id}/queues", new { name = "Pre-sales" }, Cancel);
        var asAgent = await _service.ClientFor(TestTokens.TenantA, SuiteRoles.Agent).PostAsJsonAsync("/api/scheduling/stores", Store("Other"), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asAgent.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Supervisor(TestTokens.TenantB).GetAsync($"/api/scheduling/stores/{store.Id}", Cancel)).StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("Tmall-flagship")]
    [InlineData("tmall_flagship")]
    [InlineData("tmall flagship")]
    [InlineData("天猫旗舰店")]
    public async Task A_store_needs_a_well_formed_code(string? code)
    {
        var response = await Supervisor().PostAsJsonAsync("/api/scheduling/stores",
            new { code, name = "Flagship", platform = "tmall", timeZone = "Asia/Shanghai", channel = "chat" }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel);
        Assert.Equal(["code"], problem!.Errors.Keys);
    }

    [Fact]
    public async Task A_store_is_found_by_its_code_in_the_callers_tenant_only()
    {
        var created = await Supervisor().PostAsJsonAsync("/api/scheduling/stores", Store(code: "tmall-flagship"), Cancel);
        var store = await created.Content.ReadFromJsonAsync<StoreResponse>(SuiteJson.Options, Cancel);
        await Supervisor().PostAsJsonAsync($"/api/scheduling/stores/{store!.Id}/queues", new { name = "Pre-sales" }, Cancel);

        var found = await Supervisor().GetFromJsonAsync<StoreResponse>("/api/scheduling/stores/by-code/tmall-flagship", SuiteJson.Options, Cancel);
        var foundIgnoringCase = await Supervisor().GetFromJsonAsync<StoreResponse>("/api/scheduling/stores/by-code/TMALL-Flagship", SuiteJson.Options, Cancel);
        var otherTenant = await Supervisor(TestTokens.TenantB).GetAsync("/api/scheduling/stores/by-code/tmall-flagship", Cancel);
        var unknown = await Supervisor().GetAsync("/api/scheduling/stores/by-code/jd-official", Cancel);
        var asAgent = await _service.ClientFor(TestTokens.TenantA, SuiteRoles.Agent).GetAsync("/api/scheduling/stores/by-code/tmall-flagship", Cancel);

        Assert.Equal(("tmall-flagship", store.Id), (store.Code, found!.Id));
        Assert.Equal("Pre-sales", Assert.Single(found.Queues).Name);
        Assert.Equal(store.Id, foundIgnoringCase!.Id);
        Assert.Equal(HttpStatusCode.NotFound, otherTenant.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asAgent.StatusCode);
    }

    [Fact]
    public async Task A_code_is_unique_in_a_tenant_but_another_tenant_may_use_it()
    {
        await Supervisor().PostAsJsonAsync("/api/scheduling/stores", Store("Flagship", code: "tm-01"), Cancel);

        var duplicate = await Supervisor().PostAsJsonAsync("/api/scheduling/stores", Store("Outlet", "jd", code: " tm-01 "), Cancel);
        var otherTenant = await Supervisor(TestTokens.TenantB).PostAsJsonAsync("/api/scheduling/stores", Store("Outlet", "jd", code: "tm-01"), Cancel);

        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Contains("tm-01", (await duplicate.Content.ReadFromJsonAsync<ProblemDetails>(SuiteJson.Options, Cancel))!.Detail);
        Assert.Equal(HttpStatusCode.Created, otherTenant.StatusCode);
        Assert.Single((await Supervisor().GetFromJsonAsync<List<StoreResponse>>("/api/scheduling/stores", SuiteJson.Options, Cancel))!);
    }
}
