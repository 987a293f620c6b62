using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Suite.Complaints.Api;
using Suite.Complaints.Data;
using Suite.Complaints.Domain;
using Suite.Contracts.Events;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;
using static Suite.Complaints.Tests.ComplaintCalls;

namespace Suite.Complaints.Tests;

public sealed class SeverityAndResolutionApiTests(SchedulingFixture scheduling) : IClassFixture<SchedulingFixture>
{
    [Fact]
    public async Task Declared_major_reasons_make_a_complaint_major_and_P1()
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();
        var body = ComplaintBodies.Valid(category: "product-quality", severity: "p4");
        body["majorReasons"] = new[] { "safety", "media" };

        var complaint = await complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Integrator).FileAsync(body);

        Assert.Equal((ComplaintSeverity.P1, true), (complaint.Severity, complaint.Major));
        Assert.Equal([MajorReason.Safety, MajorReason.Media], complaint.MajorReasons);
    }

    [Fact]
    public async Task A_reason_the_rules_find_cannot_be_declared()
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();
        var body = ComplaintBodies.Valid();
        body["majorReasons"] = new[] { "repeat-complainant" };

        var response = await complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Integrator).PostAsJsonAsync(ComplaintsRoute, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["majorReasons"], (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options))!.Errors.Keys);
    }

    [Fact]
    public async Task The_third_complaint_from_one_customer_on_a_platform_is_from_a_repeat_complainant()
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();
        var client = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Integrator);
        var otherPlatform = ComplaintBodies.Valid(category: "logistics", customer: "buyer_repeat");
        otherPlatform["platform"] = "jd";

        var first = await client.FileAsync(ComplaintBodies.Valid(category: "logistics", customer: "buyer_repeat"));
        await client.FileAsync(otherPlatform);
        var second = await client.FileAsync(ComplaintBodies.Valid(category: "logistics", customer: "buyer_repeat"));
        var third = await client.FileAsync(ComplaintBodies.Valid(category: "logistics", customer: "buyer_repeat"));
        var ofTenantB = await complaints.ClientFor(TestTokens.TenantB, SuiteRoles.Integrator)
            .FileAsync(ComplaintBodies.Valid(category: "logistics", customer: "buyer_repeat"));

        Assert.Equal([false, false, true, false], new[] { first, second, third, ofTenantB }.Select(complaint => complaint.Major));
        Assert.Equal([MajorReason.RepeatComplainant], third.MajorReasons);
        Assert.Equal(ComplaintSeverity.P1, third.Severity);
    }

    [Fact]
    public async Task A_severity_override_needs_a_reason_and_is_audited()
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();
        var supervisor = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor);
        var filed = await supervisor.FileAsync();

        var noReason = await supervisor.PostAsJsonAsync($"{ComplaintsRoute}/{filed.Id}/severity", new { severity = "p1", major = true, expectedVersion = filed.Version });
        var stale = await supervisor.PostAsJsonAsync($"{ComplaintsRoute}/{filed.Id}/severity", new { severity = "p1", major = true, reason = "r", expectedVersion = Guid.CreateVersion7() });
        var response = await supervisor.PostAsJsonAsync($"{ComplaintsRoute}/{filed.Id}/severity",
            new { severity = "p1", major = true, reason = "Customer threatens to post on Weibo.", expectedVersion = filed.Version });
        var overridden = await response.Content.ReadFromJsonAsync<ComplaintResponse>(SuiteJson.Options);
        var audit = await supervisor.AuditAsync(filed.Id);

        Assert.Equal(["reason"], (await noReason.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options))!.Errors.Keys);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal((ComplaintSeverity.P1, true, "Customer threatens to post on Weibo."), (overridden!.Severity, overridden.Major, overridden.SeverityOverrideReason));
        Assert.Equal(
            (AuditAction.SeverityChanged, "p3", "p1 major", "Customer threatens to post on Weibo."),
            (audit[^1].Action, audit[^1].From, audit[^1].To, audit[^1].Note));
        Assert.Equal(2, audit.Count);
    }

    [Fact]
    public async Task Resolving_against_the_agent_records_the_resolution_and_tells_the_other_services()
    {
        var agentId = await scheduling.HireAgentAsync(TestTokens.TenantA);
        await using var complaints = scheduling.Complaints();
        var supervisor = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor);
        var investigating = await supervisor.MovedAsync(await supervisor.FileAsync(ComplaintBodies.Valid(agentId)), "investigating");

        var response = await supervisor.PostAsJsonAsync($"{ComplaintsRoute}/{investigating.Id}/resolution", new
        {
            outcome = "apology",
            rootCause = "agent-behaviour",
            upheldAgainstAgent = true,
            note = "Chat log confirms the agent closed the chat.",
            expectedVersion = investigating.Version,
        });

        Assert.True(HttpStatusCode.OK == response.StatusCode, await response.Content.ReadAsStringAsync());
        var resolved = await response.Content.ReadFromJsonAsync<ComplaintResponse>(SuiteJson.Options);
        Assert.Equal(ComplaintStatus.Resolved, resolved!.Status);
        Assert.Equal(
            (ResolutionOutcome.Apology, RootCause.AgentBehaviour, true, "Chat log confirms the agent closed the chat.", $"user-{TestTokens.TenantA}-{SuiteRoles.Supervisor}"),
            (resolved.Resolution!.Outcome, resolved.Resolution.RootCause, resolved.Resolution.UpheldAgainstAgent, resolved.Resolution.Note, resolved.Resolution.ResolvedBy));
        Assert.Equal([AuditAction.Filed, AuditAction.StatusChanged, AuditAction.StatusChanged, AuditAction.Resolved],
            (await supervisor.AuditAsync(resolved.Id)).Select(entry => entry.Action));

        var published = await Eventually.Get(async () =>
        {
            await using var scope = complaints.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ComplaintsDbContext>();
            var messages = await db.OutboxMessages.AsNoTracking().Where(message => message.PublishedAt != null).ToListAsync();
            return messages.Select(message => message.Deserialize().Item1).OfType<ComplaintResolved>().SingleOrDefault();
        }, what: "the relay to publish ComplaintResolved");
        Assert.Equal(
            (TestTokens.TenantA, resolved.Id, (Guid?)agentId, "service-attitude", "agent-behaviour", true),
            (published.TenantId, published.ComplaintId, published.AgentId, published.Category, published.RootCause, published.UpheldAgainstAgent));
    }

    [Fact]
    public async Task A_complaint_about_no_agent_cannot_be_upheld_against_one()
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();
        var supervisor = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor);
        var filed = await supervisor.FileAsync();

        var response = await supervisor.PostAsJsonAsync($"{ComplaintsRoute}/{filed.Id}/resolution",
            new { outcome = "refund", rootCause = "logistics", upheldAgainstAgent = true, expectedVersion = filed.Version });
        var missing = await supervisor.PostAsJsonAsync($"{ComplaintsRoute}/{filed.Id}/resolution", new { upheldAgainstAgent = false });

        Assert.Equal(["upheldAgainstAgent"], (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options))!.Errors.Keys);
        Assert.Equal(["expectedVersion", "outcome", "rootCause"], (await missing.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options))!.Errors.Keys.Order());
        Assert.Equal((1, 1), await SchedulingFixture.CountRowsAsync(complaints));
    }

    [Fact]
    public async Task A_resolved_complaint_cannot_be_resolved_again_until_it_is_reopened()
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();
        var supervisor = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor);
        var filed = await supervisor.FileAsync();
        var resolution = new { outcome = "refund", rootCause = "logistics", upheldAgainstAgent = false, expectedVersion = filed.Version };
        var resolved = await (await supervisor.PostAsJsonAsync($"{ComplaintsRoute}/{filed.Id}/resolution", resolution)).Content.ReadFromJsonAsync<ComplaintResponse>(SuiteJson.Options);

        var again = await supervisor.PostAsJsonAsync($"{ComplaintsRoute}/{filed.Id}/resolution", resolution with { expectedVersion = resolved!.Version });
        var reopened = await supervisor.MovedAsync(resolved, "reopened");
        var resolvedAgain = await supervisor.PostAsJsonAsync($"{ComplaintsRoute}/{filed.Id}/resolution", resolution with { expectedVersion = reopened.Version });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("from resolved to resolved", (await again.Content.ReadFromJsonAsync<ProblemDetails>(SuiteJson.Options))!.Detail);
        Assert.Null(reopened.Resolution);
        Assert.Equal(HttpStatusCode.OK, resolvedAgain.StatusCode);
        Assert.Equal((1, 3), await SchedulingFixture.CountRowsAsync(complaints));
    }
}
