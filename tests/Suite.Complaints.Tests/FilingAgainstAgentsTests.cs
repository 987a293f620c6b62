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

namespace Suite.Complaints.Tests;

/// <summary>The first step of the complaint loop: the agent is checked with a real Scheduling before anything is written.</summary>
public sealed class FilingAgainstAgentsTests(SchedulingFixture scheduling) : IClassFixture<SchedulingFixture>
{
    private const string Complaints = "/api/complaints/complaints";

    [Fact]
    public async Task A_complaint_against_a_real_agent_is_stored_and_ComplaintFiled_is_published()
    {
        var agentId = await scheduling.HireAgentAsync(TestTokens.TenantA);
        await using var complaints = scheduling.Complaints();
        var client = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Integrator);

        var response = await client.PostAsJsonAsync(Complaints, ComplaintBodies.Valid(agentId));

        Assert.True(HttpStatusCode.Created == response.StatusCode, await response.Content.ReadAsStringAsync());
        var complaint = await response.Content.ReadFromJsonAsync<ComplaintResponse>(SuiteJson.Options);
        Assert.NotNull(complaint);
        Assert.Equal($"{Complaints}/{complaint.Id}", response.Headers.Location?.ToString());
        Assert.Equal(agentId, complaint.AgentId);
        Assert.Equal(ComplaintSeverity.P2, complaint.Severity);
        Assert.Equal(ComplaintStatus.New, complaint.Status);
        Assert.Equal("tmall", complaint.Platform);
        Assert.Equal($"user-{TestTokens.TenantA}-{SuiteRoles.Integrator}", complaint.FiledBy);

        var fetched = await client.GetFromJsonAsync<ComplaintResponse>($"{Complaints}/{complaint.Id}", SuiteJson.Options);
        Assert.Equal(complaint.Description, fetched!.Description);

        var filed = await Eventually.Get(async () =>
        {
            await using var scope = complaints.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ComplaintsDbContext>();
            var outbox = await db.OutboxMessages.AsNoTracking().SingleAsync();
            return outbox.PublishedAt is null ? null : outbox;
        }, what: "the relay to publish ComplaintFiled");
        var (message, _) = filed.Deserialize();
        var @event = Assert.IsType<ComplaintFiled>(message);
        Assert.Equal(
            (TestTokens.TenantA, complaint.Id, (Guid?)agentId, "service-attitude", "p2", "TM-FLAGSHIP-01"),
            (@event.TenantId, @event.ComplaintId, @event.AgentId, @event.Category, @event.Severity, @event.StoreCode));
    }

    [Fact]
    public async Task An_unknown_agent_is_refused_naming_agentId_and_nothing_is_written()
    {
        await using var complaints = scheduling.Complaints();

        var response = await complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor)
            .PostAsJsonAsync(Complaints, ComplaintBodies.Valid(Guid.CreateVersion7()));

        await AssertAgentRefused(response);
        Assert.Equal((0, 0), await SchedulingFixture.CountRowsAsync(complaints));
    }

    [Fact]
    public async Task Another_tenants_agent_is_refused_the_same_way()
    {
        var agentOfB = await scheduling.HireAgentAsync(TestTokens.TenantB);
        await using var complaints = scheduling.Complaints();

        var response = await complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor)
            .PostAsJsonAsync(Complaints, ComplaintBodies.Valid(agentOfB));

        await AssertAgentRefused(response);
        Assert.Equal((0, 0), await SchedulingFixture.CountRowsAsync(complaints));
    }

    [Fact]
    public async Task When_Scheduling_is_unreachable_filing_against_an_agent_is_a_503_and_nothing_is_written()
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();

        var response = await complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor)
            .PostAsJsonAsync(Complaints, ComplaintBodies.Valid(Guid.CreateVersion7()));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(SuiteJson.Options);
        Assert.Equal("A service this request depends on is unavailable.", problem!.Title);
        Assert.Equal((0, 0), await SchedulingFixture.CountRowsAsync(complaints));
    }

    [Fact]
    public async Task A_complaint_about_no_particular_agent_does_not_need_Scheduling()
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();

        var response = await complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor)
            .PostAsJsonAsync(Complaints, ComplaintBodies.Valid(category: "logistics"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var complaint = await response.Content.ReadFromJsonAsync<ComplaintResponse>(SuiteJson.Options);
        Assert.Null(complaint!.AgentId);
        Assert.Equal(ComplaintSeverity.P3, complaint.Severity);
        Assert.Equal((1, 1), await SchedulingFixture.CountRowsAsync(complaints));
    }

    private static async Task AssertAgentRefused(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options);
        var error = Assert.Single(Assert.Single(problem!.Errors, pair => pair.Key == "agentId").Value);
        Assert.Contains("exists in this tenant", error);
    }
}
