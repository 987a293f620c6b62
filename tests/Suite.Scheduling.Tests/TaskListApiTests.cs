using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Suite.Scheduling.Api;
using Suite.Scheduling.Domain.TaskLists;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;

namespace Suite.Scheduling.Tests;

public sealed class TaskListApiTests : IAsyncLifetime
{
    /// <summary>10:15 in Shanghai on 1 December; still 18:15 on 30 November in Los Angeles.</summary>
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 2, 15, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Now);
    private readonly ServiceFactory<Suite.Scheduling.Grpc.SchedulingGrpcService> _service;
    private readonly SchedulingPeople _people;
    private Guid _presales;
    private Guid _aftersales;
    private Guid _colleague;

    public TaskListApiTests()
    {
        _service = new ServiceFactory<Suite.Scheduling.Grpc.SchedulingGrpcService>(SchedulingModule.Name)
            .WithServices(services => services.AddSingleton<TimeProvider>(_clock));
        _people = new SchedulingPeople(_service);
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var leader = await _people.HireAsync("TL-1", "Tmall", "team-leader");
        await _people.TeamAsync("Tmall", leader);
        _presales = await _people.HireAsync("CS-1", "Tmall", skills: ["pre-sales"]);
        _aftersales = await _people.HireAsync("CS-2", "Tmall", skills: ["after-sales"]);
        _colleague = await _people.HireAsync("CS-3", "Tmall", skills: ["pre-sales", "after-sales"]);
    }

    public async ValueTask DisposeAsync() => await _service.DisposeAsync();

    private Task<HttpResponseMessage> PutTemplateAsync(string role, string timeZone, params object[] items) =>
        _people.Supervisor().PutAsJsonAsync($"/api/scheduling/task-lists/templates/{role}", new { name = $"{role} day", timeZone, items }, Cancel);

    private Task<HttpResponseMessage> PreSalesTemplateAsync() => PutTemplateAsync("pre-sales", "Asia/Shanghai",
        new { dueTime = "09:00", title = "Log in to every store's chat", order = 2 },
        new { dueTime = "11:00", title = "Check new bad reviews" },
        new { dueTime = "09:00", title = "Hand out last night's offline messages", order = 1 },
        new { dueTime = "09:30", title = "Follow up unpaid orders" });

    private string ListPath(Guid agentId, string day = "2026-12-01") => $"/api/scheduling/task-lists/agents/{agentId}/days/{day}";

    private static async Task<ChecklistResponse> ChecklistOf(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Cancel)}");
        return (await response.Content.ReadFromJsonAsync<ChecklistResponse>(SuiteJson.Options, Cancel))!;
    }

    [Fact]
    public async Task A_template_per_role_is_written_replaced_and_listed_in_day_order()
    {
        var created = await PreSalesTemplateAsync();
        var replaced = await PutTemplateAsync("pre-sales", "Asia/Shanghai", new { dueTime = "08:45", title = "Log in" });
        await PutTemplateAsync("team-leader", "Asia/Shanghai", new { dueTime = "18:00", title = "Review the team's day" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var first = (await created.Content.ReadFromJsonAsync<TaskListTemplateResponse>(SuiteJson.Options, Cancel))!;
        Assert.Equal(["Hand out last night's offline messages", "Log in to every store's chat", "Follow up unpaid orders", "Check new bad reviews"],
            first.Items.Select(item => item.Title));
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var templates = (await _people.Agent(_presales).GetFromJsonAsync<List<TaskListTemplateResponse>>("/api/scheduling/task-lists/templates", SuiteJson.Options, Cancel))!;
        Assert.Equal([(TaskRole.PreSales, 2, 1), (TaskRole.TeamLeader, 1, 1)], templates.Select(template => (template.Role, template.Version, template.Items.Count)));
    }

    [Fact]
    public async Task Bad_templates_name_every_field_and_only_management_writes_them()
    {
        var bad = await _people.Supervisor().PutAsJsonAsync("/api/scheduling/task-lists/templates/pre-sales", new
        {
            name = "", timeZone = "China Standard Time",
            items = new object?[] { new { dueTime = "9am", title = "Log in" }, new { dueTime = "10:00", title = " " }, null, new { dueTime = "11:00", title = "x", order = -1 } },
        }, Cancel);
        var noItems = await _people.Supervisor().PutAsJsonAsync("/api/scheduling/task-lists/templates/pre-sales", new { name = "Day", timeZone = "Asia/Shanghai" }, Cancel);
        var badRole = await PutTemplateAsync("night-owl", "Asia/Shanghai", new { dueTime = "09:00", title = "Log in" });
        var asAgent = await _people.Agent(_presales).PutAsJsonAsync("/api/scheduling/task-lists/templates/pre-sales",
            new { name = "Mine", timeZone = "Asia/Shanghai", items = new[] { new { dueTime = "09:00", title = "Nap" } } }, Cancel);

        var problem = await bad.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel);
        Assert.Equal(["items[0].dueTime", "items[1].title", "items[2]", "items[3].order", "name", "timeZone"], problem!.Errors.Keys.Order());
        Assert.Equal(["items"], (await noItems.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel))!.Errors.Keys);
        Assert.Equal(["role"], (await badRole.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel))!.Errors.Keys);
        Assert.Equal(HttpStatusCode.Forbidden, asAgent.StatusCode);
        Assert.Empty((await _people.Supervisor().GetFromJsonAsync<List<TaskListTemplateResponse>>("/api/scheduling/task-lists/templates", SuiteJson.Options, Cancel))!);
    }

    [Fact]
    public async Task An_agents_list_is_generated_on_first_read_and_it_ticks_its_own_items()
    {
        await PreSalesTemplateAsync();
        var agent = _people.Agent(_presales);

        var list = await ChecklistOf(await agent.GetAsync(ListPath(_presales), Cancel));
        await PutTemplateAsync("pre-sales", "Asia/Shanghai", new { dueTime = "08:45", title = "Changed later" });
        var again = await ChecklistOf(await agent.GetAsync(ListPath(_presales), Cancel));
        _clock.Advance(TimeSpan.FromMinutes(5));
        var ticked = await ChecklistOf(await agent.PutAsync($"{ListPath(_presales)}/items/{list.Items[1].Id}/done", null, Cancel));
        _clock.Advance(TimeSpan.FromMinutes(5));
        var tickedAgain = await ChecklistOf(await agent.PutAsync($"{ListPath(_presales)}/items/{list.Items[1].Id}/done", null, Cancel));

        Assert.Equal((TaskRole.PreSales, "Asia/Shanghai", 4), (list.Role, list.TimeZone, list.Items.Count));
        Assert.Equal(list.Id, again.Id);
        Assert.Equal(["Hand out last night's offline messages", "Log in to every store's chat", "Follow up unpaid orders", "Check new bad reviews"],
            again.Items.Select(item => item.Title));
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero), list.Items[0].DueAt);
        Assert.Equal([true, true, true, false], list.Items.Select(item => item.Late));
        Assert.Equal((true, $"agent-{_presales}", Now.AddMinutes(5), false), (ticked.Items[1].Done, ticked.Items[1].CompletedBy, ticked.Items[1].CompletedAt, ticked.Items[1].Late));
        Assert.Equal(Now.AddMinutes(5), tickedAgain.Items[1].CompletedAt);
    }

    [Fact]
    public async Task Management_ticks_for_anyone_but_an_agent_only_for_itself()
    {
        await PreSalesTemplateAsync();
        var list = await ChecklistOf(await _people.Agent(_presales).GetAsync(ListPath(_presales), Cancel));
        var item = $"{ListPath(_presales)}/items/{list.Items[0].Id}/done";

        var colleagueReads = await _people.Agent(_colleague).GetAsync(ListPath(_presales), Cancel);
        var colleagueTicks = await _people.Agent(_colleague).PutAsync(item, null, Cancel);
        var supervisorTicks = await ChecklistOf(await _people.Supervisor().PutAsync(item, null, Cancel));
        var agentUnticks = await ChecklistOf(await _people.Agent(_presales).DeleteAsync(item, Cancel));
        var unknownItem = await _people.Agent(_presales).PutAsync($"{ListPath(_presales)}/items/{Guid.CreateVersion7()}/done", null, Cancel);
        var notGenerated = await _people.Supervisor().PutAsync($"{ListPath(_presales, "2026-12-02")}/items/{list.Items[0].Id}/done", null, Cancel);
        var badDay = await _people.Agent(_presales).GetAsync(ListPath(_presales, "first-of-december"), Cancel);
        var ancientDay = await _people.Agent(_presales).GetAsync(ListPath(_presales, "0001-01-01"), Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, colleagueReads.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, colleagueTicks.StatusCode);
        Assert.Equal((true, "user-tenant-a-supervisor"), (supervisorTicks.Items[0].Done, supervisorTicks.Items[0].CompletedBy));
        Assert.Equal((false, null, null), (agentUnticks.Items[0].Done, agentUnticks.Items[0].CompletedBy, agentUnticks.Items[0].CompletedAt));
        Assert.Equal(HttpStatusCode.NotFound, unknownItem.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notGenerated.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badDay.StatusCode);
        Assert.Equal(["day"], (await ancientDay.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel))!.Errors.Keys);
    }

    [Fact]
    public async Task Lists_are_generated_ahead_once_and_need_a_role_with_a_template()
    {
        await PreSalesTemplateAsync();
        var noRole = await _people.HireAsync("CS-9", "Tmall", skills: ["tmall"]);

        var ahead = await _people.Supervisor().PostAsync(ListPath(_presales, "2026-12-02"), null, Cancel);
        var twice = await _people.Supervisor().PostAsync(ListPath(_presales, "2026-12-02"), null, Cancel);
        var byAgent = await _people.Agent(_presales).PostAsync(ListPath(_presales, "2026-12-03"), null, Cancel);
        var withoutRole = await _people.Supervisor().GetAsync(ListPath(noRole), Cancel);
        var withoutTemplate = await _people.Agent(_aftersales).GetAsync(ListPath(_aftersales), Cancel);
        var otherTenant = await _people.Supervisor(TestTokens.TenantB).GetAsync(ListPath(_presales), Cancel);
        var unknownAgent = await _people.Supervisor().PostAsync(ListPath(Guid.CreateVersion7()), null, Cancel);

        Assert.Equal(HttpStatusCode.Created, ahead.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byAgent.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, withoutRole.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, withoutTemplate.StatusCode);
        Assert.Contains("after-sales", (await withoutTemplate.Content.ReadFromJsonAsync<ProblemDetails>(SuiteJson.Options, Cancel))!.Detail);
        Assert.Equal(HttpStatusCode.NotFound, otherTenant.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownAgent.StatusCode);
    }

    [Fact]
    public async Task The_team_view_shows_what_is_late_in_each_templates_time_zone()
    {
        await PreSalesTemplateAsync();
        await PutTemplateAsync("after-sales", "America/Los_Angeles",
            new { dueTime = "09:00", title = "Process refund requests" }, new { dueTime = "18:00", title = "Call back bad reviews" });
        var list = await ChecklistOf(await _people.Agent(_presales).GetAsync(ListPath(_presales), Cancel));
        await _people.Agent(_presales).PutAsync($"{ListPath(_presales)}/items/{list.Items[0].Id}/done", null, Cancel);
        var late = $"/api/scheduling/task-lists/late?team=Tmall";

        var today = (await _people.Supervisor().GetFromJsonAsync<TeamLateResponse>($"{late}&day=2026-12-01", SuiteJson.Options, Cancel))!;
        var yesterday = (await _people.Supervisor().GetFromJsonAsync<TeamLateResponse>($"{late}&day=2026-11-30", SuiteJson.Options, Cancel))!;
        var earlier = (await _people.Supervisor().GetFromJsonAsync<TeamLateResponse>(
            $"{late}&day=2026-12-01&at=2026-12-01T09:10:00%2B08:00", SuiteJson.Options, Cancel))!;

        var presales = today.Agents.Single(agent => agent.AgentId == _presales);
        Assert.Equal((true, 4, 1), (presales.Generated, presales.Items, presales.Done));
        Assert.Equal([("Log in to every store's chat", 75), ("Follow up unpaid orders", 45)], presales.Late.Select(item => (item.Title, item.MinutesLate)));
        var aftersales = today.Agents.Single(agent => agent.AgentId == _aftersales);
        Assert.Equal((false, 2, 0), (aftersales.Generated, aftersales.Items, aftersales.Late.Count));
        Assert.Equal(["Process refund requests", "Call back bad reviews"],
            yesterday.Agents.Single(agent => agent.AgentId == _aftersales).Late.Select(item => item.Title));
        Assert.Equal(["Log in to every store's chat"], earlier.Agents.Single(agent => agent.AgentId == _presales).Late.Select(item => item.Title));
        Assert.Equal(today.Agents.Sum(agent => agent.Late.Count), today.LateItems);
        Assert.Equal(Now, today.At);
    }

    [Fact]
    public async Task The_team_view_needs_a_team_and_a_day_of_the_callers_tenant_and_a_leaders_role()
    {
        var missing = await _people.Supervisor().GetAsync("/api/scheduling/task-lists/late", Cancel);
        var unknown = await _people.Supervisor().GetAsync("/api/scheduling/task-lists/late?team=JD&day=2026-12-01", Cancel);
        var otherTenant = await _people.Supervisor(TestTokens.TenantB).GetAsync("/api/scheduling/task-lists/late?team=Tmall&day=2026-12-01", Cancel);
        var asAgent = await _people.Agent(_presales).GetAsync("/api/scheduling/task-lists/late?team=Tmall&day=2026-12-01", Cancel);

        Assert.Equal(["day", "team"], (await missing.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel))!.Errors.Keys.Order());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherTenant.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asAgent.StatusCode);
    }
}
