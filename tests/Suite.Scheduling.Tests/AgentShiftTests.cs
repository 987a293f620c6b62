using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Suite.Scheduling.Api;
using Suite.Scheduling.Domain.Rostering;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;

namespace Suite.Scheduling.Tests;

/// <summary>GET /api/scheduling/agents/{agentId}/shifts: an agent's duty from published rosters, and who may read it.</summary>
public sealed class AgentShiftTests : IAsyncLifetime
{
    private const string December = "?from=2026-12-01&to=2026-12-31";

    private readonly ServiceFactory<Suite.Scheduling.Grpc.SchedulingGrpcService> _service = new(SchedulingModule.Name);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _service.DisposeAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private HttpClient Supervisor(string tenant = TestTokens.TenantA) => _service.ClientFor(tenant, SuiteRoles.Supervisor);

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Cancel)}");
        return (await response.Content.ReadFromJsonAsync<T>(SuiteJson.Options, Cancel))!;
    }

    private static string Shifts(Guid agentId, string query = December) => $"/api/scheduling/agents/{agentId}/shifts{query}";

    /// <summary>
    /// A JD store (Shanghai time) with an after-sales queue needing more agents than the two it has from 09:00 to 17:00 on
    /// Monday 2026-12-07 and Tuesday 2026-12-08, and a 09:00 day shift with an unpaid half-hour break at 13:00.
    /// </summary>
    private async Task<(Guid StoreId, Guid QueueId, Guid[] AgentIds)> CentreAsync()
    {
        var store = await ReadAsync<StoreResponse>(await Supervisor().PostAsJsonAsync("/api/scheduling/stores", new
        {
            code = "jd-home", name = "JD Home", platform = "JD", timeZone = "Asia/Shanghai", channel = "chat",
            openingHours = new[] { "monday", "tuesday" }.Select(day => new { day, start = "08:00", end = "22:00" }).ToArray(),
        }, Cancel));
        var queue = await ReadAsync<QueueResponse>(await Supervisor().PostAsJsonAsync(
            $"/api/scheduling/stores/{store.Id}/queues", new { name = "After-sales", requiredSkills = new[] { "after-sales" } }, Cancel));
        var agentIds = new List<Guid>();
        foreach (var number in new[] { 1, 2 })
        {
            var agent = await ReadAsync<AgentResponse>(await Supervisor().PostAsJsonAsync("/api/scheduling/agents", new
            {
                employeeNumber = $"JD-{number}", displayName = $"Agent {number}", team = "JD", level = "customer-service",
                skills = new[] { "after-sales" }, hiredOn = "2026-10-01",
            }, Cancel));
            agentIds.Add(agent.Id);
        }

        var rows = Enumerable.Range(0, 2).SelectMany(day => Enumerable.Range(0, 16).Select(i => new
        {
            queueId = queue.Id,
            start = new DateTimeOffset(2026, 12, 7 + day, 9, 0, 0, TimeSpan.FromHours(8)).AddMinutes(30 * i).ToString("O"),
            intervalMinutes = 30, contacts = 10.0, ahtSeconds = 180.0,
        })).ToArray();
        Assert.Equal(HttpStatusCode.OK, (await Supervisor().PostAsJsonAsync("/api/scheduling/demand", new { rows }, Cancel)).StatusCode);
        await ReadAsync<ShiftTemplateResponse>(await Supervisor().PostAsJsonAsync("/api/scheduling/shift-templates", new
        {
            name = "day", start = "09:00", lengthMinutes = 480, days = new[] { "monday", "tuesday" },
            breaks = new[] { new { offsetMinutes = 240, lengthMinutes = 30, paid = false } },
        }, Cancel));
        return (store.Id, queue.Id, [.. agentIds]);
    }

    private async Task<RosterResponse> DraftAsync(string name, string lastDay = "2026-12-08", int seed = 1) =>
        await ReadAsync<RosterResponse>(await Supervisor().PostAsJsonAsync("/api/scheduling/rosters", new
        {
            name, firstDay = "2026-12-07", lastDay, timeZone = "Asia/Shanghai", seed,
        }, Cancel));

    private async Task PublishAsync(RosterResponse roster) =>
        await ReadAsync<RosterSummaryResponse>(await Supervisor().PostAsJsonAsync($"/api/scheduling/rosters/{roster.Id}/publish", new { version = roster.Version }, Cancel));

    [Fact]
    public async Task A_published_shift_comes_with_both_clocks_its_queue_and_store_its_breaks_and_paid_hours()
    {
        var (storeId, queueId, agentIds) = await CentreAsync();
        var roster = await DraftAsync("Week 50");
        Assert.Equal(4, roster.Assignments.Count);
        await PublishAsync(roster);

        var answer = await ReadAsync<AgentShiftsResponse>(await Supervisor().GetAsync(Shifts(agentIds[0]), Cancel));

        Assert.Equal((agentIds[0], new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31)), (answer.AgentId, answer.From, answer.To));
        Assert.Equal([new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 8)], answer.Shifts.Select(shift => shift.Day));
        Assert.Equal(15.0, answer.PaidHours);
        var monday = answer.Shifts[0];
        Assert.Equal(roster.Assignments.Single(assignment => assignment.AgentId == agentIds[0] && assignment.Day == monday.Day).Id, monday.Id);
        Assert.Equal((roster.Id, "Week 50", "Asia/Shanghai"), (monday.RosterId, monday.RosterName, monday.TimeZone));
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero), monday.Start);
        Assert.Equal(TimeSpan.Zero, monday.Start.Offset);
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(8)), monday.LocalStart);
        Assert.Equal(TimeSpan.FromHours(8), monday.LocalStart.Offset);
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 17, 0, 0, TimeSpan.FromHours(8)), monday.LocalEnd);
        Assert.Equal(monday.End, monday.LocalEnd);
        Assert.Equal("day", monday.ShiftName);
        Assert.Equal((queueId, "After-sales"), (monday.Queue.Id, monday.Queue.Name));
        Assert.Equal(new AgentShiftStoreResponse(storeId, "jd-home", "JD Home", "jd"), monday.Queue.Store);
        var pause = Assert.Single(monday.Breaks);
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 5, 0, 0, TimeSpan.Zero), pause.Start);
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 13, 30, 0, TimeSpan.FromHours(8)), pause.LocalEnd);
        Assert.Equal(7.5, monday.PaidHours);
        Assert.False(monday.IsWeekend);

        var tuesdayOnly = await ReadAsync<AgentShiftsResponse>(await Supervisor().GetAsync(Shifts(agentIds[0], "?from=2026-12-08&to=2026-12-08"), Cancel));
        Assert.Equal(new DateOnly(2026, 12, 8), Assert.Single(tuesdayOnly.Shifts).Day);
        var before = await ReadAsync<AgentShiftsResponse>(await Supervisor().GetAsync(Shifts(agentIds[0], "?from=2026-11-01&to=2026-12-06"), Cancel));
        Assert.Empty(before.Shifts);
        Assert.Equal(0, before.PaidHours);
    }

    [Fact]
    public async Task Drafts_are_not_yet_anyones_duty_and_superseded_rosters_no_longer_are()
    {
        var (_, _, agentIds) = await CentreAsync();
        var first = await DraftAsync("First");

        Assert.Empty((await ReadAsync<AgentShiftsResponse>(await Supervisor().GetAsync(Shifts(agentIds[0]), Cancel))).Shifts);

        await PublishAsync(first);
        var second = await DraftAsync("Second", lastDay: "2026-12-07", seed: 2);
        var whileDraft = await ReadAsync<AgentShiftsResponse>(await Supervisor().GetAsync(Shifts(agentIds[0]), Cancel));
        Assert.Equal(2, whileDraft.Shifts.Count);
        Assert.All(whileDraft.Shifts, shift => Assert.Equal(first.Id, shift.RosterId));

        // Publishing the second supersedes the first (same queue, a common day): its Tuesday goes with it.
        await PublishAsync(second);
        var listed = await ReadAsync<Suite.ServiceDefaults.Paging.PagedResponse<RosterSummaryResponse>>(await Supervisor().GetAsync("/api/scheduling/rosters", Cancel));
        Assert.Equal(RosterStatus.Superseded, listed.Items.Single(roster => roster.Id == first.Id).Status);
        var afterwards = await ReadAsync<AgentShiftsResponse>(await Supervisor().GetAsync(Shifts(agentIds[0]), Cancel));
        var only = Assert.Single(afterwards.Shifts);
        Assert.Equal((second.Id, new DateOnly(2026, 12, 7)), (only.RosterId, only.Day));
    }

    [Fact]
    public async Task An_agent_reads_its_own_shifts_and_no_one_elses_while_management_reads_anyones()
    {
        var (_, _, agentIds) = await CentreAsync();
        await PublishAsync(await DraftAsync("Week 50"));

        var own = await _service.ClientForAgent(TestTokens.TenantA, agentIds[0]).GetAsync(Shifts(agentIds[0]), Cancel);
        var another = await _service.ClientForAgent(TestTokens.TenantA, agentIds[0]).GetAsync(Shifts(agentIds[1]), Cancel);
        var integrator = await _service.ClientFor(TestTokens.TenantA, SuiteRoles.Integrator).GetAsync(Shifts(agentIds[0]), Cancel);
        var noAgentClaim = await _service.ClientFor(TestTokens.TenantA, SuiteRoles.Agent).GetAsync(Shifts(agentIds[0]), Cancel);

        Assert.Equal(2, (await ReadAsync<AgentShiftsResponse>(own)).Shifts.Count);
        foreach (var refused in new[] { another, integrator, noAgentClaim })
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }

        foreach (var role in SuiteRoles.Management)
        {
            var answer = await ReadAsync<AgentShiftsResponse>(await _service.ClientFor(TestTokens.TenantA, role).GetAsync(Shifts(agentIds[1]), Cancel));
            Assert.Equal(2, answer.Shifts.Count);
            Assert.All(answer.Shifts, shift => Assert.Equal(7.5, shift.PaidHours));
        }

        var anonymous = await _service.AnonymousClient().GetAsync(Shifts(agentIds[0]), Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Theory]
    [InlineData("", "from")]
    [InlineData("?from=2026-12-01", "to")]
    [InlineData("?to=2026-12-01", "from")]
    [InlineData("?from=07/12/2026&to=2026-12-31", "from")]
    [InlineData("?from=2026-12-01&to=2026-13-01", "to")]
    [InlineData("?from=2026-12-08&to=2026-12-07", "to")]
    [InlineData("?from=2026-12-01&to=2027-02-01", "to")]
    public async Task A_bad_period_is_a_400_naming_the_field(string query, string field)
    {
        var (_, _, agentIds) = await CentreAsync();

        var response = await Supervisor().GetAsync(Shifts(agentIds[0], query), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel);
        Assert.Contains(field, problem!.Errors.Keys);
    }

    [Fact]
    public async Task Sixty_two_days_is_the_longest_period()
    {
        var (_, _, agentIds) = await CentreAsync();
        await PublishAsync(await DraftAsync("Week 50"));

        var longest = await ReadAsync<AgentShiftsResponse>(await Supervisor().GetAsync(Shifts(agentIds[0], "?from=2026-12-01&to=2027-01-31"), Cancel));
        var tooLong = await Supervisor().GetAsync(Shifts(agentIds[0], "?from=2026-12-01&to=2027-02-01"), Cancel);

        Assert.Equal(AgentShiftEndpoints.MaxDays, longest.To.DayNumber - longest.From.DayNumber + 1);
        Assert.Equal(2, longest.Shifts.Count);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }

    [Fact]
    public async Task Another_tenants_agent_and_an_unknown_agent_are_not_found()
    {
        var (_, _, agentIds) = await CentreAsync();
        await PublishAsync(await DraftAsync("Week 50"));

        var otherTenant = await Supervisor(TestTokens.TenantB).GetAsync(Shifts(agentIds[0]), Cancel);
        var otherTenantsAgent = await _service.ClientForAgent(TestTokens.TenantB, agentIds[0]).GetAsync(Shifts(agentIds[0]), Cancel);
        var unknown = await Supervisor().GetAsync(Shifts(Guid.CreateVersion7()), Cancel);

        foreach (var response in new[] { otherTenant, otherTenantsAgent, unknown })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(SuiteJson.Options, Cancel);
            Assert.Equal("Agent not found.", problem!.Title);
        }
    }

    [Fact]
    public async Task The_OpenAPI_document_declares_every_answer()
    {
        var document = await _service.AnonymousClient().GetFromJsonAsync<JsonElement>("/openapi/scheduling.json", Cancel);

        var operation = document.GetProperty("paths").GetProperty("/api/scheduling/agents/{agentId}/shifts").GetProperty("get");
        Assert.Equal("SchedulingListAgentShifts", operation.GetProperty("operationId").GetString());
        Assert.Equal(
            ["200", "400", "403", "404"],
            operation.GetProperty("responses").EnumerateObject().Select(response => response.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["agentId", "from", "to"], operation.GetProperty("parameters").EnumerateArray().Select(parameter => parameter.GetProperty("name").GetString()));
    }
}
