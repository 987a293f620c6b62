using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Grpc.Core;
using MassTransit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Suite.Contracts.Events;
using Suite.Contracts.Scheduling.V1;
using Suite.Scheduling.Api;
using Suite.Scheduling.Domain.Rostering;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;

namespace Suite.Scheduling.Tests.Rostering;

public sealed class RosterApiTests : IAsyncLifetime
{
    private readonly ServiceFactory<Suite.Scheduling.Grpc.SchedulingGrpcService> _service = new(SchedulingModule.Name);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _service.DisposeAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private HttpClient Supervisor(string tenant = TestTokens.TenantA) => _service.ClientFor(tenant, SuiteRoles.Supervisor);

    private static Metadata Bearer(string tenant = TestTokens.TenantA) => new() { { "Authorization", $"Bearer {TestTokens.For(tenant, SuiteRoles.Supervisor)}" } };

    private async Task<T> ReadAsync<T>(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(SuiteJson.Options, Cancel))!;

    /// <summary>A Tmall store with a pre-sales queue needing 3 agents from 09:00 to 17:00 on Monday 2026-12-07, four agents, and a day shift with a half-hour break at 13:00.</summary>
    private async Task<(Guid QueueId, List<Guid> AgentIds, Guid TemplateId)> CentreAsync()
    {
        var store = await ReadAsync<StoreResponse>(await Supervisor().PostAsJsonAsync("/api/scheduling/stores", new
        {
            code = "tmall-flagship", name = "Flagship", platform = "Tmall", timeZone = "Asia/Shanghai", channel = "chat",
            openingHours = new[] { new { day = "monday", start = "08:00", end = "23:00" } },
        }, Cancel));
        var queue = await ReadAsync<QueueResponse>(await Supervisor().PostAsJsonAsync(
            $"/api/scheduling/stores/{store.Id}/queues", new { name = "Pre-sales", requiredSkills = new[] { "pre-sales" } }, Cancel));
        var agentIds = new List<Guid>();
        foreach (var number in Enumerable.Range(1, 4))
        {
            var agent = await ReadAsync<AgentResponse>(await Supervisor().PostAsJsonAsync("/api/scheduling/agents", new
            {
                employeeNumber = $"CS-{number}", displayName = $"Agent {number}", team = "Tmall", level = "customer-service",
                skills = new[] { "pre-sales" }, hiredOn = "2026-10-01",
            }, Cancel));
            agentIds.Add(agent.Id);
        }

        var rows = Enumerable.Range(0, 16).Select(i => new
        {
            queueId = queue.Id, start = new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(8)).AddMinutes(30 * i).ToString("O"),
            intervalMinutes = 30, contacts = 10.0, ahtSeconds = 180.0,
        }).ToArray();
        var demand = await Supervisor().PostAsJsonAsync("/api/scheduling/demand", new { rows }, Cancel);
        Assert.Equal(HttpStatusCode.OK, demand.StatusCode);
        var template = await Supervisor().PostAsJsonAsync("/api/scheduling/shift-templates", new
        {
            name = "day", start = "09:00", lengthMinutes = 480, days = new[] { "monday", "tuesday" },
            breaks = new[] { new { offsetMinutes = 240, lengthMinutes = 30, paid = false } },
        }, Cancel);
        Assert.Equal(HttpStatusCode.Created, template.StatusCode);
        return (queue.Id, agentIds, (await ReadAsync<ShiftTemplateResponse>(template)).Id);
    }

    private async Task<RosterResponse> GenerateAsync(int seed = 7)
    {
        var response = await Supervisor().PostAsJsonAsync("/api/scheduling/rosters", new
        {
            name = "Week 50", firstDay = "2026-12-07", lastDay = "2026-12-07", timeZone = "Asia/Shanghai", seed,
        }, Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await ReadAsync<RosterResponse>(response);
    }

    [Fact]
    public async Task A_generated_roster_covers_demand_reports_coverage_and_is_repeatable()
    {
        await CentreAsync();

        var roster = await GenerateAsync();
        var again = await GenerateAsync();

        Assert.Equal(RosterStatus.Draft, roster.Status);
        Assert.Equal(3, roster.Assignments.Count);
        Assert.All(roster.Assignments, assignment => Assert.Equal(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero), assignment.Start));
        Assert.Equal(roster.Assignments.Select(assignment => assignment.AgentId), again.Assignments.Select(assignment => assignment.AgentId));
        // The 13:00 break leaves the half hour short: 3 agents x 0.5 h, which no roster with this template could avoid.
        Assert.Equal(1.5, roster.Report.UnderCoverageAgentHours);
        Assert.Equal(1.5, roster.Report.LowerBoundAgentHours);
        Assert.Empty(roster.Report.Violations);
        Assert.Single(roster.Report.Unmet);

        var coverage = await Supervisor().GetFromJsonAsync<RosterCoverageResponse>($"/api/scheduling/rosters/{roster.Id}/coverage", SuiteJson.Options, Cancel);
        var ten = coverage!.Queues.Single().Intervals.Single(interval => interval.Start == new DateTimeOffset(2026, 12, 7, 2, 0, 0, TimeSpan.Zero));
        Assert.Equal((3, 3), (ten.Required, ten.Scheduled));
        Assert.True(ten.ServiceLevel > 0.8);

        var heatmap = await Supervisor().GetAsync($"/api/scheduling/rosters/{roster.Id}/heatmap.svg", Cancel);
        Assert.Equal("image/svg+xml", heatmap.Content.Headers.ContentType!.MediaType);
        var svg = XDocument.Parse(await heatmap.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(48, svg.Descendants(XName.Get("rect", "http://www.w3.org/2000/svg")).Count(rect => (string?)rect.Attribute("class") == "cell"));
        var list = await Supervisor().GetFromJsonAsync<Suite.ServiceDefaults.Paging.PagedResponse<RosterSummaryResponse>>(
            "/api/scheduling/rosters?status=draft", SuiteJson.Options, Cancel);
        Assert.Equal(2, list!.Total);
    }

    [Fact]
    public async Task Manual_edits_are_held_to_the_same_rules_and_publishing_puts_the_roster_on_duty()
    {
        var (queueId, agentIds, templateId) = await CentreAsync();
        var roster = await GenerateAsync();
        var assigned = roster.Assignments[0].AgentId;
        var spare = agentIds.Single(id => roster.Assignments.All(assignment => assignment.AgentId != id));

        var twice = await Supervisor().PostAsJsonAsync($"/api/scheduling/rosters/{roster.Id}/assignments",
            new { agentId = assigned, queueId, shiftTemplateId = templateId, day = "2026-12-07", version = 1 }, Cancel);
        var added = await Supervisor().PostAsJsonAsync($"/api/scheduling/rosters/{roster.Id}/assignments",
            new { agentId = spare, queueId, shiftTemplateId = templateId, day = "2026-12-07", version = 1 }, Cancel);
        var stale = await Supervisor().PostAsJsonAsync($"/api/scheduling/rosters/{roster.Id}/publish", new { version = 1 }, Cancel);
        var published = await Supervisor().PostAsJsonAsync($"/api/scheduling/rosters/{roster.Id}/publish", new { version = 2 }, Cancel);
        var editPublished = await Supervisor().DeleteAsync($"/api/scheduling/rosters/{roster.Id}/assignments/{roster.Assignments[0].Id}?version=3", Cancel);

        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        var problem = await ReadAsync<JsonElement>(twice);
        Assert.Equal("one-shift-per-day", problem.GetProperty("rules")[0].GetString());
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.True((await ReadAsync<RosterAssignmentResponse>(added)).Manual);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(RosterStatus.Published, (await ReadAsync<RosterSummaryResponse>(published)).Status);
        Assert.Equal(HttpStatusCode.Conflict, editPublished.StatusCode);

        var client = new SchedulingService.SchedulingServiceClient(_service.GrpcChannel());
        var atTen = await client.WhoWasOnDutyAsync(new WhoWasOnDutyRequest { StoreCode = "TMALL-flagship", At = "2026-12-07T10:00:00+08:00" }, Bearer());
        var onBreak = await client.WhoWasOnDutyAsync(new WhoWasOnDutyRequest { StoreCode = "tmall-flagship", At = "2026-12-07T05:15:00Z" }, Bearer());
        var evening = await client.WhoWasOnDutyAsync(new WhoWasOnDutyRequest { StoreCode = "tmall-flagship", At = "2026-12-07T20:00:00+08:00" }, Bearer());
        Assert.Equal(4, atTen.Agents.Count);
        Assert.Equal(["CS-1", "CS-2", "CS-3", "CS-4"], atTen.Agents.Select(agent => agent.EmployeeNumber));
        Assert.Empty(onBreak.Agents);
        Assert.Empty(evening.Agents);
    }

    [Fact]
    public async Task Approved_time_off_keeps_an_agent_off_the_roster()
    {
        var (_, agentIds, _) = await CentreAsync();
        var requested = await Supervisor().PostAsJsonAsync("/api/scheduling/time-off",
            new { agentId = agentIds[0], firstDay = "2026-12-07", lastDay = "2026-12-07" }, Cancel);
        var request = await ReadAsync<JsonElement>(requested);
        var approved = await Supervisor().PostAsJsonAsync($"/api/scheduling/time-off/{request.GetProperty("id").GetGuid()}/approve", new { }, Cancel);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);

        var roster = await GenerateAsync();

        Assert.Equal(3, roster.Assignments.Count);
        Assert.DoesNotContain(agentIds[0], roster.Assignments.Select(assignment => assignment.AgentId));
    }

    [Fact]
    public async Task WhoWasOnDuty_refuses_unknown_stores_bad_instants_and_anonymous_callers()
    {
        await CentreAsync();
        var client = new SchedulingService.SchedulingServiceClient(_service.GrpcChannel());

        var unknown = await Assert.ThrowsAsync<RpcException>(() =>
            client.WhoWasOnDutyAsync(new WhoWasOnDutyRequest { StoreCode = "jd-nowhere", At = "2026-12-07T10:00:00+08:00" }, Bearer()).ResponseAsync);
        var otherTenant = await Assert.ThrowsAsync<RpcException>(() =>
            client.WhoWasOnDutyAsync(new WhoWasOnDutyRequest { StoreCode = "tmall-flagship", At = "2026-12-07T10:00:00+08:00" }, Bearer(TestTokens.TenantB)).ResponseAsync);
        var noOffset = await Assert.ThrowsAsync<RpcException>(() =>
            client.WhoWasOnDutyAsync(new WhoWasOnDutyRequest { StoreCode = "tmall-flagship", At = "2026-12-07T10:00:00" }, Bearer()).ResponseAsync);
        var anonymous = await Assert.ThrowsAsync<RpcException>(() =>
            client.WhoWasOnDutyAsync(new WhoWasOnDutyRequest { StoreCode = "tmall-flagship", At = "2026-12-07T10:00:00+08:00" }).ResponseAsync);
        var nobody = await client.WhoWasOnDutyAsync(new WhoWasOnDutyRequest { StoreCode = "tmall-flagship", At = "2026-12-07T10:00:00+08:00" }, Bearer());

        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(StatusCode.NotFound, otherTenant.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, noOffset.StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, anonymous.StatusCode);
        Assert.Empty(nobody.Agents);
    }

    [Fact]
    public async Task Bad_requests_name_their_fields_and_other_tenants_see_nothing()
    {
        await CentreAsync();
        var roster = await GenerateAsync();

        var empty = await Supervisor().PostAsJsonAsync("/api/scheduling/rosters", new { intervalMinutes = 20, shrinkage = 2.0, minRestHours = -1 }, Cancel);
        var malformed = await Supervisor().PostAsync("/api/scheduling/rosters", new StringContent("{\"firstDay\":", Encoding.UTF8, "application/json"), Cancel);
        var badTemplate = await Supervisor().PostAsJsonAsync("/api/scheduling/shift-templates", new { name = "x", start = "9am", lengthMinutes = 10, days = Array.Empty<string>() }, Cancel);
        var badEdit = await Supervisor().PostAsJsonAsync($"/api/scheduling/rosters/{roster.Id}/assignments",
            new { agentId = Guid.NewGuid(), queueId = Guid.NewGuid(), day = "2027-01-01" }, Cancel);
        var otherTenant = await Supervisor(TestTokens.TenantB).GetAsync($"/api/scheduling/rosters/{roster.Id}", Cancel);
        var otherTenantHeatmap = await Supervisor(TestTokens.TenantB).GetAsync($"/api/scheduling/rosters/{roster.Id}/heatmap.svg", Cancel);
        var agent = await _service.ClientForAgent(TestTokens.TenantA, Guid.NewGuid()).GetAsync($"/api/scheduling/rosters/{roster.Id}", Cancel);
        var anonymous = await _service.AnonymousClient().GetAsync($"/api/scheduling/rosters/{roster.Id}", Cancel);
        var badStatus = await Supervisor().GetAsync("/api/scheduling/rosters?status=final", Cancel);

        Assert.Equal(["firstDay", "intervalMinutes", "lastDay", "minRestHours", "shrinkage", "timeZone"],
            (await ReadAsync<ValidationProblemDetails>(empty)).Errors.Keys.Order());
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(["days", "lengthMinutes", "start"], (await ReadAsync<ValidationProblemDetails>(badTemplate)).Errors.Keys.Order());
        Assert.Equal(["agentId", "day", "queueId", "shiftTemplateId", "version"], (await ReadAsync<ValidationProblemDetails>(badEdit)).Errors.Keys.Order());
        Assert.Equal(HttpStatusCode.NotFound, otherTenant.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherTenantHeatmap.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, agent.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(["status"], (await ReadAsync<ValidationProblemDetails>(badStatus)).Errors.Keys);
    }

    [Fact]
    public async Task Certifications_from_training_are_applied_once_and_gate_the_queue()
    {
        var (queueId, agentIds, _) = await CentreAsync();
        var required = await Supervisor().PutAsJsonAsync($"/api/scheduling/queues/{queueId}/required-certifications", new { skills = new[] { "Red-Line-Tmall" } }, Cancel);
        Assert.Equal(["red-line-tmall"], (await ReadAsync<RequiredCertificationsResponse>(required)).Skills);
        var bus = _service.Services.GetRequiredService<IBus>();
        var now = new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero);
        var certificationId = Guid.NewGuid();
        var granted = new CertificationGranted(Guid.NewGuid(), TestTokens.TenantA, now, agentIds[0], certificationId, "red-line-tmall", now.AddYears(1));

        await bus.Publish(granted, Cancel);
        await bus.Publish(granted, Cancel);
        var certifications = await Eventually.Get(async () =>
        {
            var list = await Supervisor().GetFromJsonAsync<List<AgentCertificationResponse>>($"/api/scheduling/agents/{agentIds[0]}/certifications", SuiteJson.Options, Cancel);
            return list is { Count: > 0 } ? list : null;
        }, what: "the certification to be recorded");
        var roster = await GenerateAsync();

        Assert.True(Assert.Single(certifications).Current);
        Assert.Equal([agentIds[0]], roster.Assignments.Select(assignment => assignment.AgentId));

        var expired = new CertificationExpired(Guid.NewGuid(), TestTokens.TenantA, now.AddDays(1), agentIds[0], certificationId, "red-line-tmall");
        await bus.Publish(expired, Cancel);
        await bus.Publish(granted, Cancel);
        await Eventually.True(async () =>
        {
            var list = await Supervisor().GetFromJsonAsync<List<AgentCertificationResponse>>($"/api/scheduling/agents/{agentIds[0]}/certifications", SuiteJson.Options, Cancel);
            return list is [{ Current: false }];
        }, what: "the certification to expire");
        var existing = await Supervisor().GetFromJsonAsync<RosterResponse>($"/api/scheduling/rosters/{roster.Id}", SuiteJson.Options, Cancel);
        var afterExpiry = await GenerateAsync();

        Assert.Empty(afterExpiry.Assignments);
        Assert.Equal(RosterRule.Qualification, Assert.Single(existing!.Report.Violations).Rule);
        var publish = await Supervisor().PostAsJsonAsync($"/api/scheduling/rosters/{roster.Id}/publish", new { version = 1 }, Cancel);
        Assert.Equal(HttpStatusCode.Conflict, publish.StatusCode);
    }
    [Fact]
    public async Task Two_adjacent_availability_windows_hold_a_shift_across_their_boundary()
    {
        var (queueId, _, templateId) = await CentreAsync();
        var roster = await GenerateAsync();
        var spare = await ReadAsync<AgentResponse>(await Supervisor().PostAsJsonAsync("/api/scheduling/agents", new
        {
            employeeNumber = "CS-9", displayName = "Split day", team = "Tmall", level = "customer-service", skills = new[] { "pre-sales" }, hiredOn = "2026-10-01",
            availability = new[] { new { day = "monday", start = "08:00", end = "13:00" }, new { day = "monday", start = "13:00", end = "18:00" } },
        }, Cancel));
        var mornings = await ReadAsync<AgentResponse>(await Supervisor().PostAsJsonAsync("/api/scheduling/agents", new
        {
            employeeNumber = "CS-10", displayName = "Mornings", team = "Tmall", level = "customer-service", skills = new[] { "pre-sales" }, hiredOn = "2026-10-01",
            availability = new[] { new { day = "monday", start = "08:00", end = "13:00" }, new { day = "monday", start = "14:00", end = "18:00" } },
        }, Cancel));

        // The day shift runs 09:00-17:00: it fits 08:00-13:00 and 13:00-18:00 together, not with an hour's gap between them.
        var fits = await Supervisor().PostAsJsonAsync($"/api/scheduling/rosters/{roster.Id}/assignments",
            new { agentId = spare.Id, queueId, shiftTemplateId = templateId, day = "2026-12-07", version = roster.Version }, Cancel);
        var gap = await Supervisor().PostAsJsonAsync($"/api/scheduling/rosters/{roster.Id}/assignments",
            new { agentId = mornings.Id, queueId, shiftTemplateId = templateId, day = "2026-12-07", version = roster.Version + 1 }, Cancel);

        Assert.Equal(HttpStatusCode.Created, fits.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, gap.StatusCode);
        Assert.Equal("availability", (await ReadAsync<JsonElement>(gap)).GetProperty("rules")[0].GetString());
    }

    [Fact]
    public async Task A_manual_edit_on_a_weekday_the_template_is_not_offered_is_refused_naming_the_rule()
    {
        var (queueId, agentIds, templateId) = await CentreAsync();
        var created = await Supervisor().PostAsJsonAsync("/api/scheduling/rosters", new
        {
            name = "Week 50", firstDay = "2026-12-07", lastDay = "2026-12-09", timeZone = "Asia/Shanghai", seed = 7,
        }, Cancel);
        var roster = await ReadAsync<RosterResponse>(created);
        Assert.DoesNotContain(roster.Assignments, assignment => assignment.Day == new DateOnly(2026, 12, 9));

        // The day template runs on Mondays and Tuesdays; 2026-12-09 is a Wednesday.
        var wednesday = await Supervisor().PostAsJsonAsync($"/api/scheduling/rosters/{roster.Id}/assignments",
            new { agentId = agentIds[0], queueId, shiftTemplateId = templateId, day = "2026-12-09", version = roster.Version }, Cancel);

        Assert.Equal(HttpStatusCode.Conflict, wednesday.StatusCode);
        var problem = await ReadAsync<JsonElement>(wednesday);
        Assert.Equal("shift-template-day", problem.GetProperty("rules")[0].GetString());
        Assert.Contains("Wednesday", problem.GetProperty("detail").GetString());
        var unchanged = await Supervisor().GetFromJsonAsync<RosterResponse>($"/api/scheduling/rosters/{roster.Id}", SuiteJson.Options, Cancel);
        Assert.Equal(roster.Assignments.Count, unchanged!.Assignments.Count);
        Assert.Equal(roster.Version, unchanged.Version);
    }

    [Fact]
    public async Task Stored_shift_preferences_are_honoured_by_every_later_generation()
    {
        var (_, _, templateId) = await CentreAsync();
        var before = await GenerateAsync();
        var spare = (await Supervisor().GetFromJsonAsync<Suite.ServiceDefaults.Paging.PagedResponse<AgentResponse>>("/api/scheduling/agents", SuiteJson.Options, Cancel))!
            .Items.Select(agent => agent.Id).Single(id => before.Assignments.All(assignment => assignment.AgentId != id));

        var set = await _service.ClientForAgent(TestTokens.TenantA, spare).PutAsJsonAsync(
            $"/api/scheduling/agents/{spare}/shift-preferences", new { shiftTemplateIds = new[] { templateId } }, Cancel);
        var read = await Supervisor().GetFromJsonAsync<ShiftPreferencesResponse>($"/api/scheduling/agents/{spare}/shift-preferences", SuiteJson.Options, Cancel);
        var after = await GenerateAsync();

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal([templateId], read!.ShiftTemplateIds);
        Assert.NotNull(read.UpdatedAt);
        // Same seed and demand: only the stored preference changed, and it puts the agent on the shift.
        Assert.Contains(after.Assignments, assignment => assignment.AgentId == spare);
        Assert.Equal(3, after.Assignments.Count);
    }

    [Fact]
    public async Task Shift_preferences_are_checked_and_kept_to_the_agent_and_its_managers()
    {
        var (_, agentIds, templateId) = await CentreAsync();
        var url = $"/api/scheduling/agents/{agentIds[0]}/shift-preferences";

        var unknown = await Supervisor().PutAsJsonAsync(url, new { shiftTemplateIds = new[] { Guid.CreateVersion7() } }, Cancel);
        var missing = await Supervisor().PutAsJsonAsync(url, new { }, Cancel);
        var malformed = await Supervisor().PutAsync(url, new StringContent("{\"shiftTemplateIds\": [", Encoding.UTF8, "application/json"), Cancel);
        var colleague = await _service.ClientForAgent(TestTokens.TenantA, agentIds[1]).PutAsJsonAsync(url, new { shiftTemplateIds = new[] { templateId } }, Cancel);
        var colleagueRead = await _service.ClientForAgent(TestTokens.TenantA, agentIds[1]).GetAsync(url, Cancel);
        var otherTenant = await Supervisor(TestTokens.TenantB).PutAsJsonAsync(url, new { shiftTemplateIds = Array.Empty<Guid>() }, Cancel);
        var empty = await Supervisor().GetFromJsonAsync<ShiftPreferencesResponse>(url, SuiteJson.Options, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("shiftTemplateIds", (await ReadAsync<ValidationProblemDetails>(unknown)).Errors.Keys);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("shiftTemplateIds", (await ReadAsync<ValidationProblemDetails>(missing)).Errors.Keys);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, colleague.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, colleagueRead.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherTenant.StatusCode);
        Assert.Empty(empty!.ShiftTemplateIds);
        Assert.Null(empty.UpdatedAt);
    }
}
