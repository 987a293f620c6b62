using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Suite.Complaints.Api;
using Suite.Complaints.Domain;
using Suite.Complaints.Domain.Sla;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;
using static Suite.Complaints.Tests.ComplaintCalls;

namespace Suite.Complaints.Tests;

public sealed class SlaApiTests
{
    private const string Policies = "/api/complaints/sla-policies";
    private const string Calendars = "/api/complaints/store-calendars";

    /// <summary>Monday 2026-11-30 10:00 in London (GMT, so also UTC).</summary>
    private static readonly DateTimeOffset Monday10 = new(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);

    private static object Policy(int rank, string name, string? severity, int firstResponse, int nextUpdate, int resolution) => new
    {
        rank, name, severity, firstResponseMinutes = firstResponse, nextUpdateMinutes = nextUpdate, resolutionMinutes = resolution,
    };

    private static object LondonWeekdays() => new
    {
        timeZoneId = "Europe/London",
        weeklyHours = new[] { "monday", "tuesday", "wednesday", "thursday", "friday" }.Select(day => new { day, open = "09:00", close = "17:00" }),
        holidays = new[] { "2026-12-25" },
    };

    [Fact]
    public async Task A_complaint_shows_its_clocks_on_its_stores_hours_and_they_follow_a_priority_change_and_a_pause()
    {
        var clock = new FakeTimeProvider(Monday10);
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling().WithServices(services => services.AddSingleton<TimeProvider>(clock));
        var supervisor = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor);
        Assert.Equal(HttpStatusCode.Created, (await supervisor.PostAsJsonAsync(Policies, Policy(2, "Standard", null, 60, 240, 480))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await supervisor.PostAsJsonAsync(Policies, Policy(1, "Major", "p1", 15, 60, 120))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await supervisor.PutAsJsonAsync($"{Calendars}/TM-FLAGSHIP-01", LondonWeekdays())).StatusCode);

        var filed = await supervisor.FileAsync();
        clock.Advance(TimeSpan.FromMinutes(50));
        var warned = await supervisor.GetFromJsonAsync<ComplaintResponse>($"{ComplaintsRoute}/{filed.Id}", SuiteJson.Options);
        var acknowledged = await supervisor.MovedAsync(warned!, "acknowledged");
        var overridden = await (await supervisor.PostAsJsonAsync($"{ComplaintsRoute}/{filed.Id}/severity",
            new { severity = "p1", major = true, reason = "Safety risk found.", expectedVersion = acknowledged.Version })).Content.ReadFromJsonAsync<ComplaintResponse>(SuiteJson.Options);
        clock.Advance(TimeSpan.FromMinutes(10));
        var waiting = await supervisor.MovedAsync(overridden!, "awaiting-customer");

        Assert.Equal("Standard", filed.Sla!.PolicyName);
        Assert.Equal((Monday10.AddHours(1), SlaState.OnTrack), (filed.Sla.FirstResponse.DueAt, filed.Sla.FirstResponse.State));
        // 8 open hours from Monday 10:00: 7 on Monday, the last one on Tuesday from 09:00.
        Assert.Equal(Monday10.AddDays(1), filed.Sla.Resolution.DueAt);
        Assert.Null(filed.Sla.NextUpdate);
        Assert.Equal(SlaState.Warning, warned!.Sla!.FirstResponse.State);
        Assert.Equal(SlaState.Met, acknowledged.Sla!.FirstResponse.State);
        Assert.Equal(Monday10.AddMinutes(50 + 240), acknowledged.Sla.NextUpdate!.DueAt);
        Assert.Equal("Major", overridden!.Sla!.PolicyName);
        Assert.Equal((SlaState.Breached, Monday10.AddHours(2)), (overridden.Sla.FirstResponse.State, overridden.Sla.Resolution.DueAt));
        Assert.Equal((SlaState.Paused, 60.0, (DateTimeOffset?)null), (waiting.Sla!.Resolution.State, waiting.Sla.Resolution.ElapsedMinutes, waiting.Sla.Resolution.DueAt));
        Assert.Null(waiting.Sla.NextUpdate);
    }

    [Fact]
    public async Task A_complaint_no_policy_matches_has_no_SLA()
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();
        var supervisor = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor);
        await supervisor.PostAsJsonAsync(Policies, Policy(1, "Major", "p1", 15, 60, 120));

        var filed = await supervisor.FileAsync();

        Assert.Null(filed.Sla);
    }

    [Fact]
    public async Task Policies_are_listed_by_rank_changed_and_removed_and_a_taken_rank_is_a_409()
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();
        var supervisor = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor);
        var standard = await (await supervisor.PostAsJsonAsync(Policies, Policy(20, "Standard", null, 60, 240, 480))).Content.ReadFromJsonAsync<SlaPolicyResponse>(SuiteJson.Options);
        var major = await (await supervisor.PostAsJsonAsync(Policies, Policy(10, "Major", "p1", 15, 60, 120))).Content.ReadFromJsonAsync<SlaPolicyResponse>(SuiteJson.Options);

        var taken = await supervisor.PostAsJsonAsync(Policies, Policy(10, "Again", null, 1, 1, 1));
        var takenByUpdate = await supervisor.PutAsJsonAsync($"{Policies}/{standard!.Id}", Policy(10, "Standard", null, 60, 240, 480));
        var updated = await supervisor.PutAsJsonAsync($"{Policies}/{standard.Id}", Policy(30, "Standard", null, 90, 240, 480));
        var listed = await supervisor.GetFromJsonAsync<List<SlaPolicyResponse>>(Policies, SuiteJson.Options);
        var deleted = await supervisor.DeleteAsync($"{Policies}/{major!.Id}");
        var deletedAgain = await supervisor.DeleteAsync($"{Policies}/{major.Id}");
        var ofTenantB = await complaints.ClientFor(TestTokens.TenantB, SuiteRoles.Supervisor).GetFromJsonAsync<List<SlaPolicyResponse>>(Policies, SuiteJson.Options);

        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, takenByUpdate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal([("Major", 10, (ComplaintSeverity?)ComplaintSeverity.P1), ("Standard", 30, null)], listed!.Select(policy => (policy.Name, policy.Rank, policy.Severity)));
        Assert.Equal(90, listed![1].FirstResponseMinutes);
        Assert.Equal([HttpStatusCode.NoContent, HttpStatusCode.NotFound], new[] { deleted.StatusCode, deletedAgain.StatusCode });
        Assert.Empty(ofTenantB!);
    }

    [Fact]
    public async Task A_bad_policy_is_a_validation_problem_naming_each_field()
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();
        var supervisor = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor);

        var response = await supervisor.PostAsJsonAsync(Policies, new { rank = 0, name = "", storeCode = "", firstResponseMinutes = 0, nextUpdateMinutes = 10, resolutionMinutes = 600_000 });
        var malformed = await supervisor.PostAsync(Policies, new StringContent("{\"rank\":1,\"name\":\"x\",\"channel\":\"fax\"}", Encoding.UTF8, "application/json"));
        var unknown = await supervisor.PutAsJsonAsync($"{Policies}/{Guid.CreateVersion7()}", Policy(1, "x", null, 1, 1, 1));

        Assert.Equal(["firstResponseMinutes", "name", "rank", "resolutionMinutes", "storeCode"],
            (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options))!.Errors.Keys.Order());
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_store_calendar_is_set_replaced_read_and_removed()
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();
        var supervisor = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor);

        var created = await supervisor.PutAsJsonAsync($"{Calendars}/JD-01", LondonWeekdays());
        var replaced = await supervisor.PutAsJsonAsync($"{Calendars}/JD-01", new
        {
            timeZoneId = "Asia/Shanghai",
            weeklyHours = new[] { new { day = "saturday", open = "13:30", close = "24:00" }, new { day = "saturday", open = "09:00", close = "12:00" } },
        });
        var read = await supervisor.GetFromJsonAsync<StoreCalendarResponse>($"{Calendars}/JD-01", SuiteJson.Options);
        var otherTenant = await complaints.ClientFor(TestTokens.TenantB, SuiteRoles.Supervisor).GetAsync($"{Calendars}/JD-01");
        var deleted = await supervisor.DeleteAsync($"{Calendars}/JD-01");
        var gone = await supervisor.GetAsync($"{Calendars}/JD-01");

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.OK], new[] { created.StatusCode, replaced.StatusCode });
        Assert.Equal("Asia/Shanghai", read!.TimeZoneId);
        Assert.Equal([(DayOfWeek.Saturday, "09:00", "12:00"), (DayOfWeek.Saturday, "13:30", "24:00")], read.WeeklyHours.Select(hours => (hours.Day, hours.Open, hours.Close)));
        Assert.Empty(read.Holidays);
        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NoContent, HttpStatusCode.NotFound], new[] { otherTenant.StatusCode, deleted.StatusCode, gone.StatusCode });
    }

    [Theory]
    [InlineData("{\"timeZoneId\":\"China Standard Time\",\"weeklyHours\":[{\"day\":\"monday\",\"open\":\"09:00\",\"close\":\"18:00\"}]}", "timeZoneId")]
    [InlineData("{\"timeZoneId\":\"Asia/Shanghai\",\"weeklyHours\":[]}", "weeklyHours")]
    [InlineData("{\"timeZoneId\":\"Asia/Shanghai\",\"weeklyHours\":[{\"day\":\"monday\",\"open\":\"9am\",\"close\":\"18:00\"}]}", "weeklyHours")]
    [InlineData("{\"timeZoneId\":\"Asia/Shanghai\",\"weeklyHours\":[{\"open\":\"09:00\",\"close\":\"18:00\"}]}", "weeklyHours")]
    [InlineData("{\"timeZoneId\":\"Asia/Shanghai\",\"weeklyHours\":[{\"day\":\"monday\",\"open\":\"18:00\",\"close\":\"09:00\"}]}", "weeklyHours")]
    [InlineData("{\"weeklyHours\":[{\"day\":\"monday\",\"open\":\"09:00\",\"close\":\"18:00\"}]}", "timeZoneId")]
    public async Task A_bad_calendar_is_a_validation_problem_naming_the_field(string body, string field)
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();

        var response = await complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor)
            .PutAsync($"{Calendars}/JD-01", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options))!.Errors.Keys);
    }

    [Fact]
    public async Task Policies_and_calendars_are_read_by_anyone_of_the_tenant_and_changed_by_management_only()
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();
        var agent = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Agent);

        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync(Policies)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync(Calendars)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsJsonAsync(Policies, Policy(1, "x", null, 1, 1, 1))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PutAsJsonAsync($"{Calendars}/JD-01", LondonWeekdays())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await complaints.AnonymousClient().GetAsync(Policies)).StatusCode);
    }
}
