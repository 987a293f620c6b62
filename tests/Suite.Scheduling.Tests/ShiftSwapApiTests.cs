using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Suite.Scheduling.Api;
using Suite.Scheduling.Data;
using Suite.Scheduling.Domain.Rostering;
using Suite.Scheduling.Domain.Swaps;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.ServiceDefaults.Paging;
using Suite.ServiceDefaults.Tenancy;
using Suite.Testing;

namespace Suite.Scheduling.Tests;

public sealed class ShiftSwapApiTests : IAsyncLifetime
{
    private static readonly DateOnly Day = new(2026, 12, 9);

    private readonly ServiceFactory<Suite.Scheduling.Grpc.SchedulingGrpcService> _service = new(SchedulingModule.Name);
    private readonly SchedulingPeople _people;
    private Guid _leader;
    private Guid _otherLeader;
    private Guid _a;
    private Guid _b;
    private Guid _outsider;
    private Guid _queue;
    private Guid _afterSalesQueue;
    private Guid _roster;

    public ShiftSwapApiTests() => _people = new SchedulingPeople(_service);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _leader = await _people.HireAsync("TL-1", "Tmall", "team-leader");
        _otherLeader = await _people.HireAsync("TL-2", "JD", "team-leader");
        await _people.TeamAsync("Tmall", _leader);
        await _people.TeamAsync("JD", _otherLeader);
        _a = await _people.HireAsync("CS-1", "Tmall");
        _b = await _people.HireAsync("CS-2", "Tmall");
        _outsider = await _people.HireAsync("CS-3", "JD");
        var store = await _people.Supervisor().PostAsJsonAsync("/api/scheduling/stores",
            new { code = "tmall-flagship", name = "Flagship", platform = "tmall", timeZone = "Asia/Shanghai", channel = "chat" }, Cancel);
        var storeId = (await store.Content.ReadFromJsonAsync<StoreResponse>(SuiteJson.Options, Cancel))!.Id;
        _queue = await QueueAsync(storeId, "Pre-sales", "pre-sales");
        _afterSalesQueue = await QueueAsync(storeId, "After-sales", "after-sales");
        _roster = await RosterAsync();
    }

    public async ValueTask DisposeAsync() => await _service.DisposeAsync();

    private HttpClient Leader => _people.As(_leader, SuiteRoles.TeamLeader);

    private async Task<Guid> QueueAsync(Guid storeId, string name, string skill)
    {
        var queue = await _people.Supervisor().PostAsJsonAsync($"/api/scheduling/stores/{storeId}/queues", new { name, requiredSkills = new[] { skill } }, Cancel);
        return (await queue.Content.ReadFromJsonAsync<QueueResponse>(SuiteJson.Options, Cancel))!.Id;
    }

    private async Task<T> InDbAsync<T>(Func<SchedulingDbContext, Task<T>> work)
    {
        await using var scope = _service.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(TestTokens.TenantA);
        return await work(scope.ServiceProvider.GetRequiredService<SchedulingDbContext>());
    }

    private Task<Guid> RosterAsync() => InDbAsync(async db =>
    {
        var now = DateTimeOffset.UtcNow;
        var roster = Roster.Draft(new NewRoster("December", Day, Day.AddDays(6), "Asia/Shanghai", 30, 1, [_queue, _afterSalesQueue], [],
            new RosterSettings(0.8, 20, 0.85, 0.3, 1, 11, 6, 40)), now);
        roster.Publish(now);
        db.Rosters.Add(roster);
        await db.SaveChangesAsync(Cancel);
        return roster.Id;
    });

    /// <summary>Puts the agent on a Shanghai shift of the roster; returns the assignment id.</summary>
    private Task<Guid> ShiftAsync(Guid agentId, DateOnly day, int startHour, int hours = 8, Guid? queueId = null) => InDbAsync(async db =>
    {
        var localStart = day.ToDateTime(new TimeOnly(startHour, 0));
        var shift = new PlannedShift(Guid.CreateVersion7(), $"{startHour:00}:00", day, new DateTimeOffset(localStart, TimeSpan.FromHours(8)),
            new DateTimeOffset(localStart.AddHours(hours), TimeSpan.FromHours(8)), localStart, localStart.AddHours(hours), [], hours, startHour >= 14, false);
        var assignment = RosterAssignment.From(_roster, new RosterAssignmentPlan(agentId, queueId ?? _queue, shift), false, DateTimeOffset.UtcNow);
        db.RosterAssignments.Add(assignment);
        await db.SaveChangesAsync(Cancel);
        return assignment.Id;
    });

    private async Task<ShiftSwapResponse> ProposeAsync(Guid requester, object body)
    {
        var response = await _people.Agent(requester).PostAsJsonAsync("/api/scheduling/shift-swaps", body, Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        return (await response.Content.ReadFromJsonAsync<ShiftSwapResponse>(SuiteJson.Options, Cancel))!;
    }

    private static async Task<List<string>> BrokenRules(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<ProblemDetails>(SuiteJson.Options, Cancel))!;
        return ((JsonElement)problem.Extensions["rules"]!).EnumerateArray().Select(rule => rule.GetString()!).ToList();
    }

    [Fact]
    public async Task A_same_day_exchange_is_proposed_accepted_approved_and_moves_both_shifts()
    {
        var early = await ShiftAsync(_a, Day, 8);
        var late = await ShiftAsync(_b, Day, 14);

        var proposed = await ProposeAsync(_a, new { assignmentId = early, partnerId = _b, partnerAssignmentId = late, note = "Dentist in the morning" });
        var accepted = await _people.Agent(_b).PostAsync($"/api/scheduling/shift-swaps/{proposed.Id}/accept", null, Cancel);
        var approved = await Leader.PostAsync($"/api/scheduling/shift-swaps/{proposed.Id}/approve", null, Cancel);

        Assert.Equal((SwapStatus.Proposed, _a, _roster), (proposed.Status, proposed.RequesterId, proposed.RosterId));
        Assert.Equal(SwapStatus.Accepted, (await accepted.Content.ReadFromJsonAsync<ShiftSwapResponse>(SuiteJson.Options, Cancel))!.Status);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var decided = (await approved.Content.ReadFromJsonAsync<ShiftSwapResponse>(SuiteJson.Options, Cancel))!;
        Assert.Equal((SwapStatus.Approved, $"team-leader-{_leader}"), (decided.Status, decided.DecidedBy));
        var shifts = await InDbAsync(db => db.RosterAssignments.Where(assignment => assignment.RosterId == _roster)
            .Select(assignment => new { assignment.AgentId, assignment.LocalStart, assignment.Manual }).ToListAsync(Cancel));
        Assert.Equal(14, shifts.Single(shift => shift.AgentId == _a).LocalStart.Hour);
        Assert.Equal(8, shifts.Single(shift => shift.AgentId == _b).LocalStart.Hour);
        Assert.All(shifts, shift => Assert.True(shift.Manual));
        // Drafted at 1, published at 2, the swap is one more edit.
        Assert.Equal(3, await InDbAsync(db => db.Rosters.Where(roster => roster.Id == _roster).Select(roster => roster.Version).SingleAsync(Cancel)));
        var mine = await _people.Agent(_b).GetFromJsonAsync<PagedResponse<ShiftSwapResponse>>("/api/scheduling/shift-swaps?status=approved", SuiteJson.Options, Cancel);
        Assert.Equal(proposed.Id, Assert.Single(mine!.Items).Id);
    }

    [Fact]
    public async Task A_swap_that_breaks_a_roster_rule_is_refused_naming_the_rule()
    {
        var aDay = await ShiftAsync(_a, Day, 14);
        await ShiftAsync(_b, Day, 8);
        var aNext = await ShiftAsync(_a, Day.AddDays(1), 14);
        await ShiftAsync(_b, Day.AddDays(2), 6);
        var aAfterSales = await ShiftAsync(_a, Day.AddDays(3), 9, queueId: _afterSalesQueue);

        var sameDay = await _people.Agent(_a).PostAsJsonAsync("/api/scheduling/shift-swaps", new { assignmentId = aDay, partnerId = _b }, Cancel);
        var shortRest = await _people.Agent(_a).PostAsJsonAsync("/api/scheduling/shift-swaps", new { assignmentId = aNext, partnerId = _b }, Cancel);
        var unqualified = await _people.Agent(_a).PostAsJsonAsync("/api/scheduling/shift-swaps", new { assignmentId = aAfterSales, partnerId = _b }, Cancel);

        Assert.Contains("one-shift-per-day", await BrokenRules(sameDay));
        Assert.Equal(["min-rest"], await BrokenRules(shortRest));
        Assert.Contains("qualification", await BrokenRules(unqualified));
        Assert.Empty((await _people.Supervisor().GetFromJsonAsync<PagedResponse<ShiftSwapResponse>>("/api/scheduling/shift-swaps", SuiteJson.Options, Cancel))!.Items);
    }

    [Fact]
    public async Task Approval_checks_the_rules_again_against_the_roster_as_it_is_then()
    {
        var aShift = await ShiftAsync(_a, Day, 8);
        var proposed = await ProposeAsync(_a, new { assignmentId = aShift, partnerId = _b });
        await _people.Agent(_b).PostAsync($"/api/scheduling/shift-swaps/{proposed.Id}/accept", null, Cancel);
        var timeOff = await _people.Agent(_b).PostAsJsonAsync("/api/scheduling/time-off", new { firstDay = Day, lastDay = Day }, Cancel);
        var timeOffId = (await timeOff.Content.ReadFromJsonAsync<TimeOffResponse>(SuiteJson.Options, Cancel))!.Id;
        await Leader.PostAsJsonAsync($"/api/scheduling/time-off/{timeOffId}/approve", new { }, Cancel);

        var approve = await Leader.PostAsync($"/api/scheduling/shift-swaps/{proposed.Id}/approve", null, Cancel);

        Assert.Equal(["time-off"], await BrokenRules(approve));
        Assert.Equal(_a, await InDbAsync(db => db.RosterAssignments.Where(assignment => assignment.Id == aShift).Select(assignment => assignment.AgentId).SingleAsync(Cancel)));
        Assert.Equal(SwapStatus.Accepted, (await Leader.GetFromJsonAsync<ShiftSwapResponse>($"/api/scheduling/shift-swaps/{proposed.Id}", SuiteJson.Options, Cancel))!.Status);
    }

    [Fact]
    public async Task Each_step_belongs_to_its_own_person()
    {
        var aShift = await ShiftAsync(_a, Day, 8);
        var bShift = await ShiftAsync(_b, Day.AddDays(1), 8);
        var outsiderShift = await ShiftAsync(_outsider, Day.AddDays(2), 8);

        var othersShift = await _people.Agent(_a).PostAsJsonAsync("/api/scheduling/shift-swaps", new { assignmentId = bShift, partnerId = _a }, Cancel);
        var proposed = await ProposeAsync(_a, new { assignmentId = aShift, partnerId = _b });
        var requesterAccepts = await _people.Agent(_a).PostAsync($"/api/scheduling/shift-swaps/{proposed.Id}/accept", null, Cancel);
        var approveEarly = await Leader.PostAsync($"/api/scheduling/shift-swaps/{proposed.Id}/approve", null, Cancel);
        await _people.Agent(_b).PostAsync($"/api/scheduling/shift-swaps/{proposed.Id}/accept", null, Cancel);
        var acceptTwice = await _people.Agent(_b).PostAsync($"/api/scheduling/shift-swaps/{proposed.Id}/accept", null, Cancel);
        var agentApproves = await _people.Agent(_b).PostAsync($"/api/scheduling/shift-swaps/{proposed.Id}/approve", null, Cancel);
        var otherLeader = await _people.As(_otherLeader, SuiteRoles.TeamLeader).PostAsync($"/api/scheduling/shift-swaps/{proposed.Id}/approve", null, Cancel);
        var outsiderReads = await _people.Agent(_outsider).GetAsync($"/api/scheduling/shift-swaps/{proposed.Id}", Cancel);
        var crossTeam = await ProposeAsync(_outsider, new { assignmentId = outsiderShift, partnerId = _a });
        await _people.Agent(_a).PostAsync($"/api/scheduling/shift-swaps/{crossTeam.Id}/accept", null, Cancel);
        var leaderOfOneSide = await Leader.PostAsync($"/api/scheduling/shift-swaps/{crossTeam.Id}/approve", null, Cancel);
        var supervisor = await _people.Supervisor().PostAsync($"/api/scheduling/shift-swaps/{crossTeam.Id}/approve", null, Cancel);
        var rejectWithoutReason = await Leader.PostAsJsonAsync($"/api/scheduling/shift-swaps/{proposed.Id}/reject", new { reason = "" }, Cancel);
        var rejected = await Leader.PostAsJsonAsync($"/api/scheduling/shift-swaps/{proposed.Id}/reject", new { reason = "Sale day" }, Cancel);
        var cancelRejected = await _people.Agent(_a).PostAsync($"/api/scheduling/shift-swaps/{proposed.Id}/cancel", null, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, othersShift.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, requesterAccepts.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, approveEarly.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, acceptTwice.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, agentApproves.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherLeader.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, outsiderReads.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, leaderOfOneSide.StatusCode);
        Assert.Equal(HttpStatusCode.OK, supervisor.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, rejectWithoutReason.StatusCode);
        Assert.Equal(SwapStatus.Rejected, (await rejected.Content.ReadFromJsonAsync<ShiftSwapResponse>(SuiteJson.Options, Cancel))!.Status);
        Assert.Equal(HttpStatusCode.Conflict, cancelRejected.StatusCode);
    }

    [Fact]
    public async Task Bad_proposals_name_fields_and_other_tenants_see_nothing()
    {
        var aShift = await ShiftAsync(_a, Day, 8);
        var bShift = await ShiftAsync(_b, Day.AddDays(1), 8);

        var missing = await _people.Agent(_a).PostAsJsonAsync("/api/scheduling/shift-swaps", new { }, Cancel);
        var withSelf = await _people.Agent(_a).PostAsJsonAsync("/api/scheduling/shift-swaps", new { assignmentId = aShift, partnerId = _a }, Cancel);
        var notPartners = await _people.Agent(_a).PostAsJsonAsync("/api/scheduling/shift-swaps", new { assignmentId = aShift, partnerId = _outsider, partnerAssignmentId = bShift }, Cancel);
        var unknownPartner = await _people.Agent(_a).PostAsJsonAsync("/api/scheduling/shift-swaps", new { assignmentId = aShift, partnerId = Guid.CreateVersion7() }, Cancel);
        var proposed = await ProposeAsync(_a, new { assignmentId = aShift, partnerId = _b });
        var again = await _people.Agent(_a).PostAsJsonAsync("/api/scheduling/shift-swaps", new { assignmentId = aShift, partnerId = _b }, Cancel);
        var otherTenant = _people.Supervisor(TestTokens.TenantB);
        var foreignRead = await otherTenant.GetAsync($"/api/scheduling/shift-swaps/{proposed.Id}", Cancel);
        var foreignApprove = await otherTenant.PostAsync($"/api/scheduling/shift-swaps/{proposed.Id}/approve", null, Cancel);
        var foreignPropose = await otherTenant.PostAsJsonAsync("/api/scheduling/shift-swaps", new { assignmentId = aShift, partnerId = _b }, Cancel);
        var cancelled = await _people.Agent(_a).PostAsync($"/api/scheduling/shift-swaps/{proposed.Id}/cancel", null, Cancel);

        Assert.Equal(["assignmentId", "partnerId"], (await missing.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel))!.Errors.Keys.Order());
        Assert.Equal(["partnerId"], (await withSelf.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel))!.Errors.Keys);
        Assert.Equal(["partnerAssignmentId"], (await notPartners.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel))!.Errors.Keys);
        Assert.Equal(HttpStatusCode.NotFound, unknownPartner.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignRead.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignApprove.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignPropose.StatusCode);
        Assert.Equal(SwapStatus.Cancelled, (await cancelled.Content.ReadFromJsonAsync<ShiftSwapResponse>(SuiteJson.Options, Cancel))!.Status);
    }
}
