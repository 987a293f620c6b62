using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Suite.Scheduling.Api;
using Suite.Scheduling.Data;
using Suite.Scheduling.Domain.Rostering;
using Suite.Scheduling.Domain.TimeOff;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.ServiceDefaults.Paging;
using Suite.ServiceDefaults.Tenancy;
using Suite.Testing;

namespace Suite.Scheduling.Tests;

public sealed class TimeOffApiTests : IAsyncLifetime
{
    private readonly ServiceFactory<Suite.Scheduling.Grpc.SchedulingGrpcService> _service = new(SchedulingModule.Name);
    private readonly SchedulingPeople _people;
    private Guid _leader;
    private Guid _agent;
    private Guid _colleague;
    private Guid _otherLeader;

    public TimeOffApiTests() => _people = new SchedulingPeople(_service);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _leader = await _people.HireAsync("TL-1", "Tmall pre-sales", "team-leader");
        _otherLeader = await _people.HireAsync("TL-2", "JD after-sales", "team-leader");
        await _people.TeamAsync("Tmall pre-sales", _leader);
        await _people.TeamAsync("JD after-sales", _otherLeader);
        _agent = await _people.HireAsync("CS-1", "Tmall pre-sales");
        _colleague = await _people.HireAsync("CS-2", "Tmall pre-sales");
    }

    public async ValueTask DisposeAsync() => await _service.DisposeAsync();

    private HttpClient Leader => _people.As(_leader, SuiteRoles.TeamLeader);

    private async Task<TimeOffResponse> RequestAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/scheduling/time-off", body, Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<TimeOffResponse>(SuiteJson.Options, Cancel))!;
    }

    [Fact]
    public async Task An_agent_asks_for_days_off_and_its_team_leader_approves()
    {
        var requested = await RequestAsync(_people.Agent(_agent), new { firstDay = "2026-12-07", lastDay = "2026-12-08", note = "Family wedding" });

        var approved = await Leader.PostAsJsonAsync($"/api/scheduling/time-off/{requested.Id}/approve", new { reason = "Enjoy" }, Cancel);

        Assert.Equal((TimeOffStatus.Pending, _agent, $"agent-{_agent}"), (requested.Status, requested.AgentId, requested.RequestedBy));
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var decision = (await approved.Content.ReadFromJsonAsync<TimeOffDecisionResponse>(SuiteJson.Options, Cancel))!;
        Assert.Equal((TimeOffStatus.Approved, $"team-leader-{_leader}", "Enjoy", false), (decision.Request.Status, decision.Request.DecidedBy,
            decision.Request.DecisionReason, decision.Request.CoverageImpactConfirmed));
        Assert.Empty(decision.CoverageImpact.Shifts);
        var own = await _people.Agent(_agent).GetFromJsonAsync<PagedResponse<TimeOffResponse>>("/api/scheduling/time-off", SuiteJson.Options, Cancel);
        Assert.Equal(TimeOffStatus.Approved, Assert.Single(own!.Items).Status);
        var teamApproved = await Leader.GetFromJsonAsync<PagedResponse<TimeOffResponse>>(
            "/api/scheduling/time-off?team=Tmall%20pre-sales&status=approved&from=2026-12-08&to=2026-12-31", SuiteJson.Options, Cancel);
        Assert.Equal(requested.Id, Assert.Single(teamApproved!.Items).Id);
    }

    [Fact]
    public async Task A_leader_rejects_with_a_reason_and_the_agent_may_ask_again_or_cancel()
    {
        var requested = await RequestAsync(_people.Agent(_agent), new { firstDay = "2026-12-12", lastDay = "2026-12-12" });

        var noReason = await Leader.PostAsJsonAsync($"/api/scheduling/time-off/{requested.Id}/reject", new { reason = " " }, Cancel);
        var rejected = await Leader.PostAsJsonAsync($"/api/scheduling/time-off/{requested.Id}/reject", new { reason = "Double 12 sale day" }, Cancel);
        var approveRejected = await Leader.PostAsJsonAsync($"/api/scheduling/time-off/{requested.Id}/approve", new { }, Cancel);
        var again = await RequestAsync(_people.Agent(_agent), new { firstDay = "2026-12-12", lastDay = "2026-12-12", startTime = "18:00", endTime = "21:00" });
        var cancelled = await _people.Agent(_agent).PostAsync($"/api/scheduling/time-off/{again.Id}/cancel", null, Cancel);
        var cancelledTwice = await _people.Agent(_agent).PostAsync($"/api/scheduling/time-off/{again.Id}/cancel", null, Cancel);

        Assert.Equal(["reason"], (await noReason.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel))!.Errors.Keys);
        var rejection = (await rejected.Content.ReadFromJsonAsync<TimeOffResponse>(SuiteJson.Options, Cancel))!;
        Assert.Equal((TimeOffStatus.Rejected, "Double 12 sale day"), (rejection.Status, rejection.DecisionReason));
        Assert.Equal(HttpStatusCode.Conflict, approveRejected.StatusCode);
        Assert.Equal(("18:00", "21:00"), (again.StartTime, again.EndTime));
        Assert.Equal(TimeOffStatus.Cancelled, (await cancelled.Content.ReadFromJsonAsync<TimeOffResponse>(SuiteJson.Options, Cancel))!.Status);
        Assert.Equal(HttpStatusCode.Conflict, cancelledTwice.StatusCode);
    }

    [Fact]
    public async Task Overlapping_requests_are_refused_until_the_first_is_cancelled()
    {
        var agent = _people.Agent(_agent);
        var afternoon = await RequestAsync(agent, new { firstDay = "2026-12-03", lastDay = "2026-12-03", startTime = "13:00", endTime = "17:00" });
        var morning = await agent.PostAsJsonAsync("/api/scheduling/time-off", new { firstDay = "2026-12-03", lastDay = "2026-12-03", startTime = "09:00", endTime = "13:00" }, Cancel);
        var lateAfternoon = await agent.PostAsJsonAsync("/api/scheduling/time-off", new { firstDay = "2026-12-03", lastDay = "2026-12-03", startTime = "16:00", endTime = "18:00" }, Cancel);
        var week = await agent.PostAsJsonAsync("/api/scheduling/time-off", new { firstDay = "2026-12-01", lastDay = "2026-12-05" }, Cancel);
        var colleague = await _people.Agent(_colleague).PostAsJsonAsync("/api/scheduling/time-off", new { firstDay = "2026-12-01", lastDay = "2026-12-05" }, Cancel);

        await agent.PostAsync($"/api/scheduling/time-off/{afternoon.Id}/cancel", null, Cancel);
        var weekAfterCancel = await agent.PostAsJsonAsync("/api/scheduling/time-off", new { firstDay = "2026-12-01", lastDay = "2026-12-05" }, Cancel);

        Assert.Equal(HttpStatusCode.Created, morning.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, lateAfternoon.StatusCode);
        Assert.Contains(afternoon.Id.ToString(), (await lateAfternoon.Content.ReadFromJsonAsync<ProblemDetails>(SuiteJson.Options, Cancel))!.Detail);
        Assert.Equal(HttpStatusCode.Conflict, week.StatusCode);
        Assert.Equal(HttpStatusCode.Created, colleague.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, weekAfterCancel.StatusCode);
    }

    [Fact]
    public async Task Identical_requests_sent_at_the_same_instant_are_filed_once()
    {
        var agent = _people.Agent(_agent);
        var body = new { firstDay = "2026-12-10", lastDay = "2026-12-11", note = "Family visit" };

        // Every request is built before any is sent, so they reach the overlap check together.
        var requests = Enumerable.Range(0, 8).Select(_ => agent.PostAsJsonAsync("/api/scheduling/time-off", body, Cancel)).ToList();
        var answers = await Task.WhenAll(requests);

        Assert.Single(answers, answer => answer.StatusCode == HttpStatusCode.Created);
        Assert.All(answers.Where(answer => answer.StatusCode != HttpStatusCode.Created), answer => Assert.Equal(HttpStatusCode.Conflict, answer.StatusCode));
        var filed = await Leader.GetFromJsonAsync<PagedResponse<TimeOffResponse>>($"/api/scheduling/time-off?agentId={_agent}", SuiteJson.Options, Cancel);
        Assert.Single(filed!.Items, request => request.FirstDay == new DateOnly(2026, 12, 10));
    }

    [Fact]
    public async Task Bad_requests_name_every_field()
    {
        var agent = _people.Agent(_agent);

        var backwards = await agent.PostAsJsonAsync("/api/scheduling/time-off",
            new { firstDay = "2026-12-05", lastDay = "2026-12-01", startTime = "9am", note = new string('x', 501) }, Cancel);
        var halfPartDay = await agent.PostAsJsonAsync("/api/scheduling/time-off", new { firstDay = "2026-12-05", lastDay = "2026-12-06", startTime = "09:00", endTime = "08:00" }, Cancel);
        var missing = await agent.PostAsJsonAsync("/api/scheduling/time-off", new { }, Cancel);
        var tooLong = await agent.PostAsJsonAsync("/api/scheduling/time-off", new { firstDay = "2026-12-01", lastDay = "2027-01-31" }, Cancel);
        var ancient = await agent.PostAsJsonAsync("/api/scheduling/time-off", new { firstDay = "0001-01-01", lastDay = "0001-01-01" }, Cancel);
        var forNobody = await Leader.PostAsJsonAsync("/api/scheduling/time-off", new { firstDay = "2026-12-01", lastDay = "2026-12-01" }, Cancel);
        var malformed = await agent.PostAsync("/api/scheduling/time-off",
            new StringContent("{\"firstDay\":\"the first\"}", Encoding.UTF8, "application/json"), Cancel);
        var badStatus = await Leader.GetAsync("/api/scheduling/time-off?status=maybe&page=0", Cancel);

        async Task<IEnumerable<string>> Fields(HttpResponseMessage response)
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel))!.Errors.Keys.Order();
        }

        Assert.Equal(["lastDay", "note", "startTime"], await Fields(backwards));
        Assert.Equal(["endTime", "startTime"], await Fields(halfPartDay));
        Assert.Equal(["firstDay", "lastDay"], await Fields(missing));
        Assert.Equal(["lastDay"], await Fields(tooLong));
        Assert.Equal(["firstDay", "lastDay"], await Fields(ancient));
        Assert.Equal(["agentId"], await Fields(forNobody));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(["page", "status"], await Fields(badStatus));
        Assert.Empty((await Leader.GetFromJsonAsync<PagedResponse<TimeOffResponse>>("/api/scheduling/time-off", SuiteJson.Options, Cancel))!.Items);
    }

    [Fact]
    public async Task Only_the_agent_itself_its_team_leader_or_those_above_act_on_a_request()
    {
        var requested = await RequestAsync(_people.Agent(_agent), new { firstDay = "2026-12-14", lastDay = "2026-12-14" });
        var leaderOwn = await RequestAsync(Leader, new { agentId = _leader, firstDay = "2026-12-15", lastDay = "2026-12-15" });

        var forColleague = await _people.Agent(_agent).PostAsJsonAsync("/api/scheduling/time-off", new { agentId = _colleague, firstDay = "2026-12-14", lastDay = "2026-12-14" }, Cancel);
        var colleagueReads = await _people.Agent(_colleague).GetAsync($"/api/scheduling/time-off/{requested.Id}", Cancel);
        var colleagueLists = await _people.Agent(_colleague).GetAsync($"/api/scheduling/time-off?agentId={_agent}", Cancel);
        var colleagueCancels = await _people.Agent(_colleague).PostAsync($"/api/scheduling/time-off/{requested.Id}/cancel", null, Cancel);
        var agentApproves = await _people.Agent(_agent).PostAsJsonAsync($"/api/scheduling/time-off/{requested.Id}/approve", new { }, Cancel);
        var otherTeamsLeader = await _people.As(_otherLeader, SuiteRoles.TeamLeader).PostAsJsonAsync($"/api/scheduling/time-off/{requested.Id}/approve", new { }, Cancel);
        var leaderWithoutAgentId = await _service.ClientFor(TestTokens.TenantA, SuiteRoles.TeamLeader).PostAsJsonAsync($"/api/scheduling/time-off/{requested.Id}/approve", new { }, Cancel);
        var approvesOwn = await Leader.PostAsJsonAsync($"/api/scheduling/time-off/{leaderOwn.Id}/approve", new { }, Cancel);
        var integrator = await _service.ClientFor(TestTokens.TenantA, SuiteRoles.Integrator).GetAsync("/api/scheduling/time-off", Cancel);
        var anonymous = await _service.AnonymousClient().GetAsync("/api/scheduling/time-off", Cancel);
        var supervisorApproves = await _people.Supervisor().PostAsJsonAsync($"/api/scheduling/time-off/{leaderOwn.Id}/approve", new { }, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, forColleague.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, colleagueReads.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, colleagueLists.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, colleagueCancels.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, agentApproves.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherTeamsLeader.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, leaderWithoutAgentId.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, approvesOwn.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, integrator.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, supervisorApproves.StatusCode);
        Assert.Equal(TimeOffStatus.Pending, (await _people.Agent(_agent).GetFromJsonAsync<TimeOffResponse>($"/api/scheduling/time-off/{requested.Id}", SuiteJson.Options, Cancel))!.Status);
    }

    [Fact]
    public async Task Another_tenants_requests_and_agents_are_not_found()
    {
        var requested = await RequestAsync(_people.Agent(_agent), new { firstDay = "2026-12-14", lastDay = "2026-12-14" });
        var otherSupervisor = _people.Supervisor(TestTokens.TenantB);

        var read = await otherSupervisor.GetAsync($"/api/scheduling/time-off/{requested.Id}", Cancel);
        var approve = await otherSupervisor.PostAsJsonAsync($"/api/scheduling/time-off/{requested.Id}/approve", new { }, Cancel);
        var cancel = await otherSupervisor.PostAsync($"/api/scheduling/time-off/{requested.Id}/cancel", null, Cancel);
        var forTheirAgent = await otherSupervisor.PostAsJsonAsync("/api/scheduling/time-off", new { agentId = _agent, firstDay = "2026-12-20", lastDay = "2026-12-20" }, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, approve.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, cancel.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, forTheirAgent.StatusCode);
        Assert.Empty((await otherSupervisor.GetFromJsonAsync<PagedResponse<TimeOffResponse>>("/api/scheduling/time-off", SuiteJson.Options, Cancel))!.Items);
    }

    [Fact]
    public async Task Approving_days_the_agent_works_in_a_published_roster_needs_the_leader_to_confirm_the_gap()
    {
        var rosterId = await RosterAsync(_agent, RosterStatus.Published, new DateOnly(2026, 12, 9), new DateOnly(2026, 12, 10));
        await RosterAsync(_colleague, RosterStatus.Draft, new DateOnly(2026, 12, 9));
        var requested = await RequestAsync(_people.Agent(_agent), new { firstDay = "2026-12-10", lastDay = "2026-12-11" });
        var colleague = await RequestAsync(_people.Agent(_colleague), new { firstDay = "2026-12-09", lastDay = "2026-12-09" });

        var impact = await Leader.GetFromJsonAsync<CoverageImpactResponse>($"/api/scheduling/time-off/{requested.Id}/coverage-impact", SuiteJson.Options, Cancel);
        var unconfirmed = await Leader.PostAsJsonAsync($"/api/scheduling/time-off/{requested.Id}/approve", new { }, Cancel);
        var confirmed = await Leader.PostAsJsonAsync($"/api/scheduling/time-off/{requested.Id}/approve", new { confirmCoverageImpact = true }, Cancel);
        var draftOnly = await Leader.PostAsJsonAsync($"/api/scheduling/time-off/{colleague.Id}/approve", new { }, Cancel);

        Assert.Equal([new DateOnly(2026, 12, 10)], impact!.Shifts.Select(shift => shift.Day));
        Assert.Equal(8.0, impact.Hours);
        Assert.Equal(HttpStatusCode.Conflict, unconfirmed.StatusCode);
        var problem = await unconfirmed.Content.ReadFromJsonAsync<ProblemDetails>(SuiteJson.Options, Cancel);
        var reported = ((JsonElement)problem!.Extensions["coverageImpact"]!).Deserialize<CoverageImpactResponse>(SuiteJson.Options)!;
        Assert.Equal(rosterId, Assert.Single(reported.Shifts).RosterId);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var decision = (await confirmed.Content.ReadFromJsonAsync<TimeOffDecisionResponse>(SuiteJson.Options, Cancel))!;
        Assert.True(decision.Request.CoverageImpactConfirmed);
        Assert.Single(decision.CoverageImpact.Shifts);
        Assert.Equal(HttpStatusCode.OK, draftOnly.StatusCode);
    }

    /// <summary>A roster with the agent on a 09:00-18:00 Shanghai shift on each day.</summary>
    private async Task<Guid> RosterAsync(Guid agentId, RosterStatus status, params DateOnly[] days)
    {
        await using var scope = _service.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(TestTokens.TenantA);
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        var now = DateTimeOffset.UtcNow;
        var queueId = Guid.CreateVersion7();
        var roster = Roster.Draft(new NewRoster("December", days.Min(), days.Max(), "Asia/Shanghai", 30, 1, [queueId], [],
            new RosterSettings(0.8, 20, 0.85, 0.3, 1, 11, 6, 40)), now);
        if (status == RosterStatus.Published)
        {
            roster.Publish(now);
        }

        db.Rosters.Add(roster);
        foreach (var day in days)
        {
            var localStart = day.ToDateTime(new TimeOnly(9, 0));
            var shift = new PlannedShift(Guid.CreateVersion7(), "Day", day, new DateTimeOffset(localStart, TimeSpan.FromHours(8)),
                new DateTimeOffset(localStart.AddHours(9), TimeSpan.FromHours(8)), localStart, localStart.AddHours(9), [], 8, false, false);
            db.RosterAssignments.Add(RosterAssignment.From(roster.Id, new RosterAssignmentPlan(agentId, queueId, shift), false, now));
        }

        await db.SaveChangesAsync(Cancel);
        return roster.Id;
    }
}
