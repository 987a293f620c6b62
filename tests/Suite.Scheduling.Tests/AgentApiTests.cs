using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Suite.Scheduling.Api;
using Suite.Scheduling.Data;
using Suite.ServiceDefaults.Auth;
using Suite.ServiceDefaults.Tenancy;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Paging;
using Suite.Testing;

namespace Suite.Scheduling.Tests;

public sealed class AgentApiTests : IAsyncLifetime
{
    private readonly ServiceFactory<Suite.Scheduling.Grpc.SchedulingGrpcService> _service = new(SchedulingModule.Name);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _service.DisposeAsync();

    private HttpClient Supervisor(string tenant = TestTokens.TenantA) => _service.ClientFor(tenant, SuiteRoles.Supervisor);

    private static object NewAgent(string employeeNumber = "CS-001") => new
    {
        employeeNumber,
        displayName = "Li Na",
        team = "Tmall after-sales",
        level = "customer-service",
        skills = new[] { "after-sales", "Tmall" },
        hiredOn = "2026-11-02",
    };

    [Fact]
    public async Task Hiring_an_agent_stores_it_and_records_AgentHired_in_the_outbox()
    {
        var response = await Supervisor().PostAsJsonAsync("/api/scheduling/agents", NewAgent(), TestContext.Current.CancellationToken);

        Assert.True(HttpStatusCode.Created == response.StatusCode, await response.Content.ReadAsStringAsync());
        var agent = await response.Content.ReadFromJsonAsync<AgentResponse>(SuiteJson.Options, TestContext.Current.CancellationToken);
        Assert.NotNull(agent);
        Assert.Equal($"/api/scheduling/agents/{agent.Id}", response.Headers.Location?.ToString());
        Assert.Equal(["after-sales", "tmall"], agent.Skills);

        var fetched = await Supervisor().GetFromJsonAsync<AgentResponse>($"/api/scheduling/agents/{agent.Id}", SuiteJson.Options, TestContext.Current.CancellationToken);
        Assert.Equal("Li Na", fetched!.DisplayName);

        await Eventually.True(async () =>
        {
            await using var scope = _service.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
            var outbox = await db.OutboxMessages.AsNoTracking().SingleAsync();
            return outbox.EventType.EndsWith("AgentHired") && outbox.PublishedAt is not null;
        }, what: "the relay to publish AgentHired");
    }

    [Fact]
    public async Task A_duplicate_employee_number_is_a_conflict_and_writes_nothing()
    {
        await Supervisor().PostAsJsonAsync("/api/scheduling/agents", NewAgent(), TestContext.Current.CancellationToken);

        var second = await Supervisor().PostAsJsonAsync("/api/scheduling/agents", NewAgent(), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.Equal((Agents: 1, Events: 1), await CountRows());
    }

    [Fact]
    public async Task The_same_employee_number_may_exist_in_another_tenant()
    {
        await Supervisor(TestTokens.TenantA).PostAsJsonAsync("/api/scheduling/agents", NewAgent(), TestContext.Current.CancellationToken);

        var other = await Supervisor(TestTokens.TenantB).PostAsJsonAsync("/api/scheduling/agents", NewAgent(), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
    }

    [Fact]
    public async Task Invalid_details_are_a_validation_problem_naming_each_field()
    {
        var response = await Supervisor().PostAsJsonAsync("/api/scheduling/agents",
            new { employeeNumber = "", displayName = "", team = "T", level = "customer-service", hiredOn = "2026-11-02" },
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, TestContext.Current.CancellationToken);
        Assert.Contains("employeeNumber", problem!.Errors.Keys);
        Assert.Contains("displayName", problem.Errors.Keys);
        Assert.Equal((Agents: 0, Events: 0), await CountRows());
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("{\"employeeNumber\":\"CS-9\",\"displayName\":\"X\",\"team\":\"T\",\"level\":\"wizard\",\"hiredOn\":\"2026-11-02\"}")]
    [InlineData("{\"employeeNumber\":\"CS-9\",\"displayName\":\"X\",\"team\":\"T\",\"level\":\"customer-service\",\"hiredOn\":\"not a date\"}")]
    [InlineData("{\"employeeNumber\":12,\"displayName\":\"X\",\"team\":\"T\",\"level\":\"customer-service\",\"hiredOn\":\"2026-11-02\"}")]
    [InlineData("[]")]
    public async Task Malformed_bodies_are_a_400_problem(string body)
    {
        var response = await Supervisor().PostAsync("/api/scheduling/agents",
            new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(SuiteJson.Options, TestContext.Current.CancellationToken);
        Assert.False(string.IsNullOrWhiteSpace(problem!.Detail));
        Assert.Equal((Agents: 0, Events: 0), await CountRows());
    }

    [Fact]
    public async Task Listing_filters_and_pages()
    {
        for (var i = 1; i <= 5; i++)
        {
            await Supervisor().PostAsJsonAsync("/api/scheduling/agents", NewAgent($"CS-00{i}"), TestContext.Current.CancellationToken);
        }

        var page = await Supervisor().GetFromJsonAsync<PagedResponse<AgentResponse>>(
            "/api/scheduling/agents?skill=TMALL&pageSize=2&page=2", SuiteJson.Options, TestContext.Current.CancellationToken);

        Assert.Equal(5, page!.Total);
        Assert.Equal(["CS-003", "CS-004"], page.Items.Select(agent => agent.EmployeeNumber));
        var badPage = await Supervisor().GetAsync("/api/scheduling/agents?pageSize=1000", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, badPage.StatusCode);
        var byLevel = await Supervisor().GetFromJsonAsync<PagedResponse<AgentResponse>>(
            "/api/scheduling/agents?level=customer-service", SuiteJson.Options, TestContext.Current.CancellationToken);
        Assert.Equal(5, byLevel!.Total);
        var noneAtLevel = await Supervisor().GetFromJsonAsync<PagedResponse<AgentResponse>>(
            "/api/scheduling/agents?level=gold-medal-customer-service", SuiteJson.Options, TestContext.Current.CancellationToken);
        Assert.Equal(0, noneAtLevel!.Total);
        foreach (var wrong in new[] { "wizard", "2", "CustomerService" })
        {
            var badLevel = await Supervisor().GetAsync($"/api/scheduling/agents?level={wrong}", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.BadRequest, badLevel.StatusCode);
        }
    }

    [Fact]
    public async Task Another_tenants_agent_is_not_found()
    {
        var created = await Supervisor(TestTokens.TenantA).PostAsJsonAsync("/api/scheduling/agents", NewAgent(), TestContext.Current.CancellationToken);
        var agent = await created.Content.ReadFromJsonAsync<AgentResponse>(SuiteJson.Options, TestContext.Current.CancellationToken);

        var response = await Supervisor(TestTokens.TenantB).GetAsync($"/api/scheduling/agents/{agent!.Id}", TestContext.Current.CancellationToken);
        var list = await Supervisor(TestTokens.TenantB).GetFromJsonAsync<PagedResponse<AgentResponse>>("/api/scheduling/agents", SuiteJson.Options, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, list!.Total);
    }

    [Fact]
    public async Task Callers_need_a_valid_token_and_the_right_role()
    {
        var anonymous = await _service.AnonymousClient().GetAsync("/api/scheduling/agents", TestContext.Current.CancellationToken);
        var agent = await _service.ClientFor(TestTokens.TenantA, SuiteRoles.Agent)
            .PostAsJsonAsync("/api/scheduling/agents", NewAgent(), TestContext.Current.CancellationToken);
        var expired = _service.CreateClient();
        expired.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Expired(TestTokens.TenantA, SuiteRoles.Supervisor));
        var forged = _service.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.SignedWithAnotherKey(TestTokens.TenantA, SuiteRoles.Supervisor));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, agent.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await expired.GetAsync("/api/scheduling/agents", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/scheduling/agents", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Health_and_the_OpenAPI_document_are_public()
    {
        var client = _service.AnonymousClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode);
        var document = await client.GetStringAsync("/openapi/scheduling.json", TestContext.Current.CancellationToken);
        Assert.Contains("/api/scheduling/agents", document);
        Assert.Contains("/api/scheduling/stores/by-code/{code}", document);
        Assert.Contains("/api/scheduling/time-off/{id}/approve", document);
        Assert.Contains("/api/scheduling/task-lists/late", document);
        Assert.Contains("/api/scheduling/shift-swaps/{id}/accept", document);
        Assert.Contains("SchedulingProposeSwap", document);
        Assert.Contains("bearer", document);
    }

    private async Task<(int Agents, int Events)> CountRows()
    {
        await using var scope = _service.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(TestTokens.TenantA);
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        return (await db.Agents.CountAsync(), await db.OutboxMessages.CountAsync());
    }
}
