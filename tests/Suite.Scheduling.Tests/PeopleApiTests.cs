using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Suite.Contracts.Events;
using Suite.Scheduling.Api;
using Suite.Scheduling.Data;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.ServiceDefaults.Tenancy;
using Suite.Testing;

namespace Suite.Scheduling.Tests;

public sealed class PeopleApiTests : IAsyncLifetime
{
    private readonly ServiceFactory<Suite.Scheduling.Grpc.SchedulingGrpcService> _service = new(SchedulingModule.Name);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _service.DisposeAsync();

    private HttpClient Supervisor(string tenant = TestTokens.TenantA) => _service.ClientFor(tenant, SuiteRoles.Supervisor);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<AgentResponse> HireAsync(string employeeNumber, string level = "customer-service", string team = "Tmall after-sales", string tenant = TestTokens.TenantA)
    {
        var response = await Supervisor(tenant).PostAsJsonAsync("/api/scheduling/agents", new
        {
            employeeNumber, displayName = $"Agent {employeeNumber}", team, level, skills = new[] { "after-sales" }, hiredOn = "2026-11-02",
        }, Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        return (await response.Content.ReadFromJsonAsync<AgentResponse>(SuiteJson.Options, Cancel))!;
    }

    [Fact]
    public async Task Hiring_with_a_work_pattern_keeps_hours_receptions_and_availability()
    {
        var response = await Supervisor().PostAsJsonAsync("/api/scheduling/agents", new
        {
            employeeNumber = "CS-1", displayName = "Li Na", team = "Tmall after-sales", level = "customer-service", hiredOn = "2026-11-02",
            contractedWeeklyHours = 40, maxDailyReceptions = 300,
            availability = new[] { new { day = "tuesday", start = "09:00", end = "18:00" }, new { day = "monday", start = "22:00", end = "02:00" } },
        }, Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var agent = await Supervisor().GetFromJsonAsync<AgentResponse>(response.Headers.Location, SuiteJson.Options, Cancel);
        Assert.Equal((40m, 300, 1), (agent!.ContractedWeeklyHours, agent.MaxDailyReceptions, agent.Version));
        Assert.Equal(
            [new AvailabilityWindowDto(DayOfWeek.Monday, "22:00", "02:00"), new AvailabilityWindowDto(DayOfWeek.Tuesday, "09:00", "18:00")],
            agent.Availability!);
    }

    [Fact]
    public async Task A_bad_work_pattern_names_each_field_and_writes_nothing()
    {
        var response = await Supervisor().PostAsJsonAsync("/api/scheduling/agents", new
        {
            employeeNumber = "CS-1", displayName = "Li Na", team = "T", level = "customer-service", hiredOn = "2026-11-02",
            contractedWeeklyHours = 0, maxDailyReceptions = 0,
            availability = new[] { new { day = "monday", start = "9am", end = "25:00" } },
        }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel);
        Assert.Equal(
            ["availability[0].end", "availability[0].start", "contractedWeeklyHours", "maxDailyReceptions"],
            problem!.Errors.Keys.Order());
        Assert.Equal(0, await CountAsync(db => db.Agents));
    }

    [Fact]
    public async Task Changing_the_level_announces_AgentLevelChanged_and_other_changes_do_not()
    {
        var agent = await HireAsync("CS-1");

        var promoted = await Supervisor().PatchAsJsonAsync($"/api/scheduling/agents/{agent.Id}",
            new { version = 1, level = "gold-medal-customer-service", maxDailyReceptions = 320 }, Cancel);
        var renamed = await Supervisor().PatchAsJsonAsync($"/api/scheduling/agents/{agent.Id}",
            new { version = 2, displayName = "Li Na", availability = new[] { new { day = "friday", start = "09:00", end = "18:00" } } }, Cancel);

        Assert.Equal(HttpStatusCode.OK, promoted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var final = await renamed.Content.ReadFromJsonAsync<AgentResponse>(SuiteJson.Options, Cancel);
        Assert.Equal(("Li Na", 320, 3, "Tmall after-sales"), (final!.DisplayName, final.MaxDailyReceptions, final.Version, final.Team));
        var changed = await OutboxAsync<AgentLevelChanged>();
        var single = Assert.Single(changed);
        Assert.Equal((agent.Id, "customer-service", "gold-medal-customer-service", TestTokens.TenantA),
            (single.AgentId, single.PreviousLevel, single.NewLevel, single.TenantId));
    }

    [Fact]
    public async Task Two_edits_of_the_same_version_give_one_conflict_and_one_event()
    {
        var agent = await HireAsync("CS-1");

        var edits = await Task.WhenAll(
            Supervisor().PatchAsJsonAsync($"/api/scheduling/agents/{agent.Id}", new { version = 1, level = "gold-medal-customer-service" }, Cancel),
            Supervisor().PatchAsJsonAsync($"/api/scheduling/agents/{agent.Id}", new { version = 1, level = "team-leader" }, Cancel));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], edits.Select(edit => edit.StatusCode).Order());
        var conflict = edits.Single(edit => edit.StatusCode == HttpStatusCode.Conflict);
        Assert.Equal("application/problem+json", conflict.Content.Headers.ContentType?.MediaType);
        Assert.Single(await OutboxAsync<AgentLevelChanged>());
        var stale = await Supervisor().PatchAsJsonAsync($"/api/scheduling/agents/{agent.Id}", new { version = 1, displayName = "Late" }, Cancel);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task Changes_are_validated_tenant_scoped_and_need_management()
    {
        var agent = await HireAsync("CS-1");

        var invalid = await Supervisor().PatchAsJsonAsync($"/api/scheduling/agents/{agent.Id}", new { level = "wizard" }, Cancel);
        var noVersion = await Supervisor().PatchAsJsonAsync($"/api/scheduling/agents/{agent.Id}", new { contractedWeeklyHours = 99 }, Cancel);
        var otherTenant = await Supervisor(TestTokens.TenantB).PatchAsJsonAsync($"/api/scheduling/agents/{agent.Id}", new { version = 1, displayName = "X" }, Cancel);
        var asAgent = await _service.ClientFor(TestTokens.TenantA, SuiteRoles.Agent)
            .PatchAsJsonAsync($"/api/scheduling/agents/{agent.Id}", new { version = 1, displayName = "X" }, Cancel);
        var malformed = await Supervisor().PatchAsync($"/api/scheduling/agents/{agent.Id}", new StringContent("{ nope", Encoding.UTF8, "application/json"), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = await noVersion.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel);
        Assert.Equal(["contractedWeeklyHours", "version"], problem!.Errors.Keys.Order());
        Assert.Equal(HttpStatusCode.NotFound, otherTenant.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asAgent.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        var unchanged = await Supervisor().GetFromJsonAsync<AgentResponse>($"/api/scheduling/agents/{agent.Id}", SuiteJson.Options, Cancel);
        Assert.Equal(1, unchanged!.Version);
    }

    [Fact]
    public async Task A_team_has_a_leader_and_counts_the_agents_who_name_it()
    {
        var leader = await HireAsync("TL-1", "team-leader");
        await HireAsync("CS-1");
        await HireAsync("CS-2");

        var created = await Supervisor().PostAsJsonAsync("/api/scheduling/teams", new { name = "Tmall after-sales", leaderId = leader.Id }, Cancel);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var team = await created.Content.ReadFromJsonAsync<TeamResponse>(SuiteJson.Options, Cancel);
        Assert.Equal((leader.Id, "Agent TL-1", 3, 1), (team!.LeaderId, team.LeaderName, team.Members, team.Version));
        var listed = await Supervisor().GetFromJsonAsync<List<TeamResponse>>("/api/scheduling/teams", SuiteJson.Options, Cancel);
        Assert.Equal(team, Assert.Single(listed!));
        var duplicate = await Supervisor().PostAsJsonAsync("/api/scheduling/teams", new { name = "Tmall after-sales" }, Cancel);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
    }

    [Fact]
    public async Task A_leader_must_be_a_known_agent_at_team_leader_level_or_above()
    {
        var frontLine = await HireAsync("CS-1");
        var otherTenantsLeader = await HireAsync("TL-9", "team-leader", tenant: TestTokens.TenantB);

        var tooJunior = await Supervisor().PostAsJsonAsync("/api/scheduling/teams", new { name = "JD", leaderId = frontLine.Id }, Cancel);
        var foreign = await Supervisor().PostAsJsonAsync("/api/scheduling/teams", new { name = "JD", leaderId = otherTenantsLeader.Id }, Cancel);
        var noName = await Supervisor().PostAsJsonAsync("/api/scheduling/teams", new { name = " " }, Cancel);

        foreach (var response in new[] { tooJunior, foreign })
        {
            var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel);
            Assert.Equal(["leaderId"], problem!.Errors.Keys);
        }

        Assert.Equal(HttpStatusCode.BadRequest, noName.StatusCode);
        Assert.Equal(0, await CountAsync(db => db.Teams));
    }

    [Fact]
    public async Task Appointing_a_leader_checks_the_version()
    {
        var leader = await HireAsync("TL-1", "team-leader");
        var created = await Supervisor().PostAsJsonAsync("/api/scheduling/teams", new { name = "Tmall after-sales" }, Cancel);
        var team = await created.Content.ReadFromJsonAsync<TeamResponse>(SuiteJson.Options, Cancel);

        var appointed = await Supervisor().PutAsJsonAsync($"/api/scheduling/teams/{team!.Id}/leader", new { leaderId = leader.Id, version = 1 }, Cancel);
        var stale = await Supervisor().PutAsJsonAsync($"/api/scheduling/teams/{team.Id}/leader", new { leaderId = (Guid?)null, version = 1 }, Cancel);
        var otherTenant = await Supervisor(TestTokens.TenantB).PutAsJsonAsync($"/api/scheduling/teams/{team.Id}/leader", new { version = 2 }, Cancel);
        var missingVersion = await Supervisor().PutAsJsonAsync($"/api/scheduling/teams/{team.Id}/leader", new { leaderId = leader.Id }, Cancel);

        Assert.Equal(HttpStatusCode.OK, appointed.StatusCode);
        Assert.Equal(leader.Id, (await appointed.Content.ReadFromJsonAsync<TeamResponse>(SuiteJson.Options, Cancel))!.LeaderId);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherTenant.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missingVersion.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Supervisor(TestTokens.TenantB).GetAsync($"/api/scheduling/teams/{team.Id}", Cancel)).StatusCode);
    }

    private async Task<int> CountAsync<T>(Func<SchedulingDbContext, IQueryable<T>> set)
    {
        await using var scope = _service.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(TestTokens.TenantA);
        return await set(scope.ServiceProvider.GetRequiredService<SchedulingDbContext>()).CountAsync(Cancel);
    }

    private async Task<List<TEvent>> OutboxAsync<TEvent>()
    {
        await using var scope = _service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        var rows = await db.OutboxMessages.AsNoTracking().Where(row => row.EventType.EndsWith(typeof(TEvent).Name)).ToListAsync(Cancel);
        return rows.Select(row => JsonSerializer.Deserialize<TEvent>(row.Payload, SuiteJson.Options)!).ToList();
    }
}
