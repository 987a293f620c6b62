using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Suite.Complaints.Api;
using Suite.Complaints.Domain;
using Suite.Complaints.Domain.Callbacks;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.ServiceDefaults.Paging;
using Suite.Testing;
using static Suite.Complaints.Tests.ComplaintCalls;

namespace Suite.Complaints.Tests;

/// <summary>Bad-review callbacks (差评回访) through the public API.</summary>
public sealed class CallbackApiTests
{
    private static async Task<CallbackResponse> ScheduleAsync(HttpClient supervisor, Guid complaintId, Guid? agentId)
    {
        var response = await supervisor.PostAsJsonAsync($"{ComplaintsRoute}/{complaintId}/callbacks",
            new { dueAt = DateTimeOffset.UtcNow.AddHours(4), agentId, note = "Customer left a 1-star review about the late refund." });
        Assert.True(HttpStatusCode.Created == response.StatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CallbackResponse>(SuiteJson.Options))!;
    }

    [Fact]
    public async Task An_agent_calls_back_until_reached_and_the_success_rate_counts_revised_reviews_per_store_and_agent()
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();
        var supervisor = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor);
        var agentId = Guid.CreateVersion7();
        var agent = complaints.ClientForAgent(TestTokens.TenantA, agentId);
        var first = await ScheduleAsync(supervisor, (await supervisor.FileAsync(ComplaintBodies.Valid(category: "bad-review"))).Id, agentId);
        var second = await ScheduleAsync(supervisor, (await supervisor.FileAsync(ComplaintBodies.Valid(category: "bad-review"))).Id, agentId);

        var mine = await agent.GetFromJsonAsync<List<CallbackResponse>>("/api/complaints/callbacks/mine", SuiteJson.Options);
        await agent.PostAsJsonAsync($"/api/complaints/callbacks/{first.Id}/attempts", new { reached = false, notes = "No answer." });
        await agent.PostAsJsonAsync($"/api/complaints/callbacks/{first.Id}/attempts", new { reached = true, notes = "Apologised; offered a coupon." });
        var revised = await agent.PostAsJsonAsync($"/api/complaints/callbacks/{first.Id}/outcome", new { outcome = "review-revised" });
        await agent.PostAsJsonAsync($"/api/complaints/callbacks/{second.Id}/attempts", new { reached = true });
        var notRevised = await agent.PostAsJsonAsync($"/api/complaints/callbacks/{second.Id}/outcome", new { outcome = "review-not-revised", note = "Refused." });
        var task = await supervisor.GetFromJsonAsync<CallbackResponse>($"/api/complaints/callbacks/{first.Id}", SuiteJson.Options);
        var report = await supervisor.GetFromJsonAsync<CallbackReport>("/api/complaints/reports/callbacks", SuiteJson.Options);
        var open = await supervisor.GetFromJsonAsync<PagedResponse<CallbackResponse>>("/api/complaints/callbacks?open=true", SuiteJson.Options);

        Assert.Equal(2, mine!.Count);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (revised.StatusCode, notRevised.StatusCode));
        Assert.Equal([false, true], task!.Attempts.Select(attempt => attempt.Reached));
        Assert.Equal(CallbackOutcome.ReviewRevised, task.Outcome);
        var store = Assert.Single(report!.ByStore);
        Assert.Equal(("TM-FLAGSHIP-01", 2, 2, 2, 1, 0.5, 1.0), (store.Key, store.Tasks, store.Closed, store.Reached, store.Revised, store.SuccessRate, store.ReachRate));
        Assert.Equal((agentId.ToString(), 0.5), (report.ByAgent.Single().Key, report.ByAgent.Single().SuccessRate));
        Assert.Equal(0, open!.Total);
        Assert.Contains(await supervisor.AuditAsync(first.ComplaintId), entry => entry.Action == AuditAction.CallbackClosed && entry.To == "review-revised");
    }

    [Fact]
    public async Task Callbacks_are_refused_for_bad_input_other_agents_other_tenants_and_conflicts()
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();
        var supervisor = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor);
        var filed = await supervisor.FileAsync(ComplaintBodies.Valid(category: "bad-review"));
        var task = await ScheduleAsync(supervisor, filed.Id, Guid.CreateVersion7());
        var attempts = $"/api/complaints/callbacks/{task.Id}/attempts";
        var outcome = $"/api/complaints/callbacks/{task.Id}/outcome";

        var badSchedule = await supervisor.PostAsJsonAsync($"{ComplaintsRoute}/{filed.Id}/callbacks", new { dueAt = DateTimeOffset.UtcNow.AddYears(1) });
        var secondOpen = await supervisor.PostAsJsonAsync($"{ComplaintsRoute}/{filed.Id}/callbacks", new { dueAt = DateTimeOffset.UtcNow.AddHours(1) });
        var badAttempt = await supervisor.PostAsJsonAsync(attempts, new { at = DateTimeOffset.UtcNow.AddDays(1) });
        var badOutcome = await supervisor.PostAsJsonAsync(outcome, new { note = "?" });
        var otherAgent = await complaints.ClientForAgent(TestTokens.TenantA, Guid.CreateVersion7()).PostAsJsonAsync(attempts, new { reached = true });
        var otherTenant = await complaints.ClientFor(TestTokens.TenantB, SuiteRoles.Supervisor).PostAsJsonAsync(attempts, new { reached = true });
        var integrator = await complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Integrator).PostAsJsonAsync(attempts, new { reached = true });
        var neverReached = await supervisor.PostAsJsonAsync(outcome, new { outcome = "review-revised" });
        var closed = await supervisor.PostAsJsonAsync(outcome, new { outcome = "review-not-revised" });
        var afterClose = await supervisor.PostAsJsonAsync(attempts, new { reached = true });

        Assert.Equal(["dueAt"], (await badSchedule.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options))!.Errors.Keys);
        Assert.Equal(HttpStatusCode.Conflict, secondOpen.StatusCode);
        Assert.Equal(["at", "reached"], (await badAttempt.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options))!.Errors.Keys.Order());
        Assert.Equal(["outcome"], (await badOutcome.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options))!.Errors.Keys);
        Assert.Equal(HttpStatusCode.Forbidden, otherAgent.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherTenant.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, integrator.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, neverReached.StatusCode);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, afterClose.StatusCode);
    }
}
