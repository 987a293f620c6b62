using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Suite.Complaints.Api;
using Suite.Complaints.Clocks;
using Suite.Complaints.Data;
using Suite.Complaints.Domain;
using Suite.Complaints.Domain.Escalations;
using Suite.Complaints.Grpc;
using Suite.Contracts.Events;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;
using static Suite.Complaints.Tests.ComplaintCalls;

namespace Suite.Complaints.Tests;

/// <summary>The SLA clock runner and escalation by hand, through the public API and the outbox.</summary>
public sealed class EscalationApiTests(SchedulingFixture scheduling) : IClassFixture<SchedulingFixture>
{
    private const string Policies = "/api/complaints/sla-policies";

    /// <summary>Monday 2026-11-30 10:00 UTC.</summary>
    private static readonly DateTimeOffset Monday10 = new(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, string?> HalfHourSteps = new() { ["Complaints:SlaClock:StepUp"] = "00:30:00" };

    [Fact]
    public async Task A_major_complaint_goes_to_the_team_leader_Scheduling_names_once_however_often_the_clock_looks()
    {
        var (agentId, leaderId) = await HireAgentWithLeaderAsync(TestTokens.TenantA);
        await using var complaints = scheduling.Complaints();
        var supervisor = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor);
        var body = ComplaintBodies.Valid(agentId);
        body["majorReasons"] = new[] { "media" };
        var filed = await supervisor.FileAsync(body);

        var runner = complaints.Services.GetRequiredService<SlaClockRunner>();
        await runner.RunOnceAsync(CancellationToken.None);
        await runner.RunOnceAsync(CancellationToken.None);

        var escalation = Assert.Single(await EscalationsAsync(supervisor, filed.Id));
        Assert.Equal((EscalationTrigger.Major, EscalationStage.TeamLeader, (Guid?)leaderId, SlaClockRunner.By),
            (escalation.Trigger, escalation.Stage, escalation.ToPersonId, escalation.By));
        var escalated = Assert.Single(await EventsAsync<ComplaintEscalated>(complaints));
        Assert.Equal((filed.Id, (Guid?)agentId, "team-leader", (Guid?)leaderId, TestTokens.TenantA),
            (escalated.ComplaintId, escalated.AgentId, escalated.EscalatedToRole, escalated.EscalatedToPersonId, escalated.TenantId));
        // The clock writes only its escalation log: someone about to answer the customer is not told the complaint changed.
        var after = await supervisor.GetFromJsonAsync<ComplaintResponse>($"{ComplaintsRoute}/{filed.Id}", SuiteJson.Options);
        Assert.Equal(filed.Version, after!.Version);
    }

    [Fact]
    public async Task A_breach_climbs_from_team_leader_to_supervisor_to_manager_one_step_of_open_time_apart()
    {
        var clock = new FakeTimeProvider(Monday10);
        await using var complaints = new ServiceFactory<ComplaintsGrpcService>(ComplaintsModule.Name, HalfHourSteps)
            .WithServices(services => services.AddSingleton<TimeProvider>(clock));
        var supervisor = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor);
        await CreatePolicyAsync(supervisor, firstResponse: 10);
        var filed = await supervisor.FileAsync();
        var runner = complaints.Services.GetRequiredService<SlaClockRunner>();

        clock.Advance(TimeSpan.FromMinutes(8));
        await runner.RunOnceAsync(CancellationToken.None);
        var warned = await EscalationsAsync(supervisor, filed.Id);
        clock.Advance(TimeSpan.FromMinutes(3));
        await runner.RunOnceAsync(CancellationToken.None);
        var breached = await EscalationsAsync(supervisor, filed.Id);
        clock.Advance(TimeSpan.FromMinutes(30));
        await runner.RunOnceAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(30));
        await runner.RunOnceAsync(CancellationToken.None);
        await runner.RunOnceAsync(CancellationToken.None);
        var all = await EscalationsAsync(supervisor, filed.Id);

        Assert.Equal([(EscalationTrigger.FirstResponse, EscalationStage.Warning)], warned.Select(escalation => (escalation.Trigger, escalation.Stage)));
        Assert.Equal(EscalationStage.TeamLeader, breached[^1].Stage);
        Assert.Equal(
            [EscalationStage.Warning, EscalationStage.TeamLeader, EscalationStage.Supervisor, EscalationStage.Manager],
            all.Where(escalation => escalation.Trigger == EscalationTrigger.FirstResponse).Select(escalation => escalation.Stage));
        // The warning is only recorded; each step up the chain tells the other services once.
        var events = await EventsAsync<ComplaintEscalated>(complaints);
        Assert.Equal(["team-leader", "supervisor", "manager"], events.Where(e => e.Reason.StartsWith("first-response", StringComparison.Ordinal)).Select(e => e.EscalatedToRole));
        Assert.All(events, e => Assert.Null(e.EscalatedToPersonId));
    }

    [Fact]
    public async Task Two_replicas_on_one_database_escalate_every_breach_exactly_once()
    {
        var clock = new FakeTimeProvider(Monday10);
        await using var first = new ServiceFactory<ComplaintsGrpcService>(ComplaintsModule.Name)
            .WithServices(services => services.AddSingleton<TimeProvider>(clock));
        var supervisor = first.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor);
        await CreatePolicyAsync(supervisor, firstResponse: 10);
        var filed = new List<Guid>();
        for (var i = 0; i < 12; i++)
        {
            var body = ComplaintBodies.Valid(category: "logistics");
            if (i % 3 == 0)
            {
                body["majorReasons"] = new[] { "vip" };
            }

            filed.Add((await supervisor.FileAsync(body)).Id);
        }

        var sharedDatabase = first.Services.GetRequiredService<IConfiguration>().GetConnectionString(ComplaintsModule.Name);
        await using var second = new ServiceFactory<ComplaintsGrpcService>(ComplaintsModule.Name,
                new Dictionary<string, string?> { [$"ConnectionStrings:{ComplaintsModule.Name}"] = sharedDatabase })
            .WithServices(services => services.AddSingleton<TimeProvider>(clock));
        var runners = new[] { first.Services.GetRequiredService<SlaClockRunner>(), second.Services.GetRequiredService<SlaClockRunner>() };

        clock.Advance(TimeSpan.FromMinutes(11));
        for (var round = 0; round < 3; round++)
        {
            await Task.WhenAll(runners.Select(runner => Task.Run(() => runner.RunOnceAsync(CancellationToken.None))));
        }

        await using var scope = first.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplaintsDbContext>();
        var escalations = await db.Escalations.IgnoreQueryFilters().AsNoTracking().ToListAsync();
        var events = (await db.OutboxMessages.AsNoTracking().ToListAsync())
            .Select(message => message.Deserialize().Message).OfType<ComplaintEscalated>().ToList();
        // Every complaint breached its first response; four of them are also major.
        Assert.Equal(12 + 4, escalations.Count(escalation => escalation.Stage == EscalationStage.TeamLeader));
        Assert.Equal(16, events.Count);
        Assert.Equal(16, events.Select(e => (e.ComplaintId, e.Reason.Split(':')[0])).Distinct().Count());
        Assert.All(filed, id => Assert.Equal(1, events.Count(e => e.ComplaintId == id && e.Reason.StartsWith("first-response", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task When_Scheduling_is_down_the_escalation_waits_for_the_next_pass_and_is_not_lost()
    {
        var leader = Guid.CreateVersion7();
        var fake = new FakeSchedulingClient { TeamLeader = leader };
        await using var complaints = SchedulingFixture.ComplaintsWith(fake);
        var supervisor = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor);
        var body = ComplaintBodies.Valid(Guid.CreateVersion7());
        body["majorReasons"] = new[] { "legal" };
        var filed = await supervisor.FileAsync(body);
        var runner = complaints.Services.GetRequiredService<SlaClockRunner>();

        fake.Down = true;
        var whileDown = await runner.RunOnceAsync(CancellationToken.None);
        var nothingYet = await EscalationsAsync(supervisor, filed.Id);
        fake.Down = false;
        await runner.RunOnceAsync(CancellationToken.None);

        Assert.True(whileDown.Deferred >= 1);
        Assert.Empty(nothingYet);
        var escalation = Assert.Single(await EscalationsAsync(supervisor, filed.Id));
        Assert.Equal(leader, escalation.ToPersonId);
        Assert.Single(await EventsAsync<ComplaintEscalated>(complaints));
        // With no person behind the pass, the clock calls Scheduling with its own token for the tenant.
        Assert.All(fake.TeamLeaderCalls, headers => Assert.StartsWith("Bearer ", headers?.GetValue("authorization")));
    }

    [Fact]
    public async Task A_supervisor_escalates_by_hand_to_the_managers_and_the_other_services_are_told()
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();
        var supervisor = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor);
        var filed = await supervisor.FileAsync();

        var response = await supervisor.PostAsJsonAsync($"{ComplaintsRoute}/{filed.Id}/escalations",
            new { stage = "manager", reason = "The customer threatens to go to the press.", expectedVersion = filed.Version });

        Assert.True(HttpStatusCode.Created == response.StatusCode, await response.Content.ReadAsStringAsync());
        var escalation = await response.Content.ReadFromJsonAsync<EscalationResponse>(SuiteJson.Options);
        Assert.Equal((EscalationTrigger.Manual, 1, EscalationStage.Manager, $"user-{TestTokens.TenantA}-{SuiteRoles.Supervisor}"),
            (escalation!.Trigger, escalation.Round, escalation.Stage, escalation.By));
        var escalated = Assert.Single(await EventsAsync<ComplaintEscalated>(complaints));
        Assert.Equal(("manager", filed.Id), (escalated.EscalatedToRole, escalated.ComplaintId));
        Assert.Contains(await supervisor.AuditAsync(filed.Id), entry => entry.Action == AuditAction.EscalatedByHand && entry.By == escalation.By && entry.To == "manager");
        Assert.NotEqual(filed.Version.ToString(), response.Headers.ETag?.Tag.Trim('"'));
    }

    [Fact]
    public async Task Escalating_by_hand_is_refused_for_bad_input_other_tenants_wrong_roles_stale_versions_and_closed_complaints()
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();
        var supervisor = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor);
        var filed = await supervisor.FileAsync();
        var route = $"{ComplaintsRoute}/{filed.Id}/escalations";

        var invalid = await supervisor.PostAsJsonAsync(route, new { stage = "warning", reason = " " });
        var otherTenant = await complaints.ClientFor(TestTokens.TenantB, SuiteRoles.Supervisor)
            .PostAsJsonAsync(route, new { stage = "manager", reason = "Why not.", expectedVersion = filed.Version });
        var teamLeader = await complaints.ClientFor(TestTokens.TenantA, SuiteRoles.TeamLeader)
            .PostAsJsonAsync(route, new { stage = "manager", reason = "Why not.", expectedVersion = filed.Version });
        var anonymous = await complaints.AnonymousClient().PostAsJsonAsync(route, new { stage = "manager", reason = "Why not.", expectedVersion = filed.Version });
        var stale = await supervisor.PostAsJsonAsync(route, new { stage = "manager", reason = "Why not.", expectedVersion = Guid.CreateVersion7() });
        var resolved = await supervisor.PostAsJsonAsync($"{ComplaintsRoute}/{filed.Id}/resolution",
            new { outcome = "refund", rootCause = "logistics", upheldAgainstAgent = false, expectedVersion = filed.Version });
        Assert.True(resolved.IsSuccessStatusCode, await resolved.Content.ReadAsStringAsync());
        var current = await resolved.Content.ReadFromJsonAsync<ComplaintResponse>(SuiteJson.Options);
        var closed = await supervisor.PostAsJsonAsync(route, new { stage = "manager", reason = "Why not.", expectedVersion = current!.Version });

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = await invalid.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options);
        Assert.Equal(["expectedVersion", "reason", "stage"], problem!.Errors.Keys.Order());
        Assert.Equal(HttpStatusCode.NotFound, otherTenant.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, teamLeader.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);
        Assert.Empty(await EscalationsAsync(supervisor, filed.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await complaints.ClientFor(TestTokens.TenantB, SuiteRoles.Supervisor).GetAsync(route)).StatusCode);
    }

    private static async Task CreatePolicyAsync(HttpClient supervisor, int firstResponse)
    {
        var response = await supervisor.PostAsJsonAsync(Policies, new
        {
            rank = 1, name = "Fast", firstResponseMinutes = firstResponse, nextUpdateMinutes = 600, resolutionMinutes = 6000,
        });
        Assert.True(HttpStatusCode.Created == response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<List<EscalationResponse>> EscalationsAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<List<EscalationResponse>>($"{ComplaintsRoute}/{id}/escalations", SuiteJson.Options))!;

    private static async Task<List<TEvent>> EventsAsync<TEvent>(ServiceFactory<ComplaintsGrpcService> complaints)
    {
        await using var scope = complaints.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplaintsDbContext>();
        return (await db.OutboxMessages.AsNoTracking().OrderBy(message => message.Id).ToListAsync())
            .Select(message => message.Deserialize().Message).OfType<TEvent>().ToList();
    }

    /// <summary>Hires a team leader, a team led by them and an agent in it, through Scheduling's REST API.</summary>
    private async Task<(Guid Agent, Guid Leader)> HireAgentWithLeaderAsync(string tenant)
    {
        var client = scheduling.Scheduling.ClientFor(tenant, SuiteRoles.Supervisor);
        var team = $"Escalations {Guid.NewGuid():N}"[..30];
        var leader = await HireAsync(client, "team-leader", team: null);
        var created = await client.PostAsJsonAsync("/api/scheduling/teams", new { name = team, leaderId = leader });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        return (await HireAsync(client, "customer-service", team), leader);
    }

    private static async Task<Guid> HireAsync(HttpClient client, string level, string? team)
    {
        var response = await client.PostAsJsonAsync("/api/scheduling/agents", new
        {
            employeeNumber = $"ES-{Guid.NewGuid():N}"[..12],
            displayName = $"{level} {Guid.NewGuid():N}"[..20],
            team = team ?? "Leaders",
            level,
            skills = new[] { "after-sales" },
            hiredOn = "2026-11-02",
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Suite.Scheduling.Api.AgentResponse>(SuiteJson.Options))!.Id;
    }
}
