using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Suite.Complaints.Api;
using Suite.Complaints.Data;
using Suite.Complaints.Domain;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.ServiceDefaults.Tenancy;
using Suite.Testing;
using static Suite.Complaints.Tests.ComplaintCalls;

namespace Suite.Complaints.Tests;

/// <summary>Complaints about no particular agent: Scheduling is never asked, so none runs.</summary>
public sealed class WorkflowApiTests
{
    [Fact]
    public async Task A_complaint_moves_along_the_workflow_and_every_change_lands_in_the_audit_trail()
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();
        var intake = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Integrator);
        var lead = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.TeamLeader);
        var filed = await intake.FileAsync();

        var acknowledged = await lead.MovedAsync(filed, "acknowledged");
        var response = await lead.MoveAsync(filed.Id, "awaiting-customer", acknowledged.Version, "Asked for photos of the damage.");
        var waiting = await response.Content.ReadFromJsonAsync<ComplaintResponse>(SuiteJson.Options);
        var fetched = await lead.GetAsync($"{ComplaintsRoute}/{filed.Id}");
        var audit = await lead.AuditAsync(filed.Id);

        Assert.Equal(ComplaintStatus.New, filed.Status);
        Assert.Equal([ComplaintStatus.Acknowledged, ComplaintStatus.Investigating, ComplaintStatus.Resolved], filed.NextStatuses);
        Assert.Equal(ComplaintStatus.AwaitingCustomer, waiting!.Status);
        Assert.Equal(3, new[] { filed.Version, acknowledged.Version, waiting.Version }.Distinct().Count());
        Assert.Equal($"\"{waiting.Version}\"", response.Headers.ETag?.Tag);
        Assert.Equal($"\"{waiting.Version}\"", fetched.Headers.ETag?.Tag);
        var leadName = $"user-{TestTokens.TenantA}-{SuiteRoles.TeamLeader}";
        Assert.Equal(
            [
                (AuditAction.Filed, $"user-{TestTokens.TenantA}-{SuiteRoles.Integrator}", (string?)null, (string?)"new", (string?)"p3"),
                (AuditAction.StatusChanged, leadName, "new", "acknowledged", null),
                (AuditAction.StatusChanged, leadName, "acknowledged", "awaiting-customer", "Asked for photos of the damage."),
            ],
            audit.Select(entry => (entry.Action, entry.By, entry.From, entry.To, entry.Note)));
        Assert.All(audit, entry => Assert.True(entry.At > DateTimeOffset.UtcNow.AddMinutes(-5)));
    }

    [Theory]
    [InlineData(new string[0], "closed")]
    [InlineData(new string[0], "reopened")]
    [InlineData(new[] { "acknowledged" }, "acknowledged")]
    [InlineData(new[] { "acknowledged", "investigating" }, "acknowledged")]
    public async Task An_illegal_move_is_a_409_naming_from_and_to_and_nothing_is_written(string[] path, string to)
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();
        var lead = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor);
        var complaint = await lead.FileAsync();
        foreach (var step in path)
        {
            complaint = await lead.MovedAsync(complaint, step);
        }

        var response = await lead.MoveAsync(complaint.Id, to, complaint.Version);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(SuiteJson.Options);
        var from = path.Length == 0 ? "new" : path[^1];
        Assert.Contains($"from {from} to {to}", problem!.Detail);
        Assert.Equal(from, ((JsonElement)problem.Extensions["from"]!).GetString());
        Assert.Equal(to, ((JsonElement)problem.Extensions["to"]!).GetString());
        Assert.Equal(path.Length + 1, (await lead.AuditAsync(complaint.Id)).Count);
    }

    [Fact]
    public async Task A_change_based_on_an_old_version_is_a_409_and_nothing_is_written()
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();
        var lead = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor);
        var filed = await lead.FileAsync();
        var acknowledged = await lead.MovedAsync(filed, "acknowledged");

        var response = await lead.MoveAsync(filed.Id, "investigating", filed.Version);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(SuiteJson.Options);
        Assert.Equal("The complaint has changed since you read it.", problem!.Title);
        Assert.Equal(acknowledged.Version.ToString(), ((JsonElement)problem.Extensions["currentVersion"]!).GetString());
        var now = await lead.GetFromJsonAsync<ComplaintResponse>($"{ComplaintsRoute}/{filed.Id}", SuiteJson.Options);
        Assert.Equal((ComplaintStatus.Acknowledged, acknowledged.Version), (now!.Status, now.Version));
        Assert.Equal(2, (await lead.AuditAsync(filed.Id)).Count);
    }

    [Fact]
    public async Task Of_two_people_changing_the_same_complaint_at_once_one_wins_and_the_other_gets_a_409()
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();
        var alice = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor);
        var bob = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.TeamLeader);
        var filed = await alice.FileAsync();

        var answers = await Task.WhenAll(
            alice.MoveAsync(filed.Id, "acknowledged", filed.Version),
            bob.MoveAsync(filed.Id, "investigating", filed.Version));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(answer => answer.StatusCode).Order());
        var winner = await answers.Single(answer => answer.IsSuccessStatusCode).Content.ReadFromJsonAsync<ComplaintResponse>(SuiteJson.Options);
        var audit = await alice.AuditAsync(filed.Id);
        Assert.Equal(2, audit.Count);
        Assert.Equal(WireNamesOf(winner!.Status), audit[1].To);
    }

    [Fact]
    public async Task The_database_refuses_a_write_from_a_stale_reading_even_after_the_version_check()
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();
        var filed = await complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor).FileAsync();
        await using var first = TenantScope(complaints);
        await using var second = TenantScope(complaints);
        var firstDb = first.ServiceProvider.GetRequiredService<ComplaintsDbContext>();
        var secondDb = second.ServiceProvider.GetRequiredService<ComplaintsDbContext>();
        var firstReading = await firstDb.Complaints.SingleAsync(complaint => complaint.Id == filed.Id);
        var secondReading = await secondDb.Complaints.SingleAsync(complaint => complaint.Id == filed.Id);

        firstDb.AuditEntries.Add(firstReading.MoveTo(ComplaintStatus.Acknowledged, "alice", null, DateTimeOffset.UtcNow));
        await firstDb.SaveChangesAsync();
        secondDb.AuditEntries.Add(secondReading.MoveTo(ComplaintStatus.Investigating, "bob", null, DateTimeOffset.UtcNow));

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => secondDb.SaveChangesAsync());
        await using var check = TenantScope(complaints);
        var db = check.ServiceProvider.GetRequiredService<ComplaintsDbContext>();
        Assert.Equal(ComplaintStatus.Acknowledged, (await db.Complaints.SingleAsync()).Status);
        Assert.Equal(2, await db.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task The_version_may_come_as_an_If_Match_header()
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();
        var lead = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor);
        var filed = await lead.FileAsync();

        using var stale = new HttpRequestMessage(HttpMethod.Post, $"{ComplaintsRoute}/{filed.Id}/transitions") { Content = JsonContent.Create(new { to = "acknowledged" }) };
        stale.Headers.IfMatch.Add(new($"\"{Guid.CreateVersion7()}\""));
        using var current = new HttpRequestMessage(HttpMethod.Post, $"{ComplaintsRoute}/{filed.Id}/transitions") { Content = JsonContent.Create(new { to = "acknowledged" }) };
        current.Headers.IfMatch.Add(new($"\"{filed.Version}\""));

        Assert.Equal(HttpStatusCode.Conflict, (await lead.SendAsync(stale)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lead.SendAsync(current)).StatusCode);
    }

    [Theory]
    [InlineData("{\"to\":\"acknowledged\"}", "expectedVersion")]
    [InlineData("{\"to\":\"resolved\",\"expectedVersion\":\"@v\"}", "to")]
    [InlineData("{\"to\":\"new\",\"expectedVersion\":\"@v\"}", "to")]
    [InlineData("{\"expectedVersion\":\"@v\"}", "to")]
    [InlineData("{\"to\":\"acknowledged\",\"expectedVersion\":\"@v\",\"note\":\"@long\"}", "note")]
    public async Task A_bad_move_is_a_validation_problem_naming_the_field(string body, string field)
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();
        var lead = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor);
        var filed = await lead.FileAsync();

        var response = await lead.PostAsync($"{ComplaintsRoute}/{filed.Id}/transitions", new StringContent(
            body.Replace("@v", filed.Version.ToString()).Replace("@long", new string('n', 2001)), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options);
        Assert.Equal([field], problem!.Errors.Keys);
        Assert.Single(await lead.AuditAsync(filed.Id));
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("{\"to\":\"escalated\"}")]
    [InlineData("{\"to\":2,\"expectedVersion\":\"0191c6a5-0000-7000-8000-000000000000\"}")]
    [InlineData("{\"to\":\"acknowledged\",\"expectedVersion\":\"v1\"}")]
    public async Task A_malformed_move_is_a_400_problem(string body)
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();
        var lead = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor);
        var filed = await lead.FileAsync();

        var response = await lead.PostAsync($"{ComplaintsRoute}/{filed.Id}/transitions", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace((await response.Content.ReadFromJsonAsync<ProblemDetails>(SuiteJson.Options))!.Detail));
    }

    [Fact]
    public async Task Another_tenants_complaint_cannot_be_moved_or_its_trail_read()
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();
        var filed = await complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor).FileAsync();
        var tenantB = complaints.ClientFor(TestTokens.TenantB, SuiteRoles.Supervisor);

        var move = await tenantB.MoveAsync(filed.Id, "acknowledged", filed.Version);
        var audit = await tenantB.GetAsync($"{ComplaintsRoute}/{filed.Id}/audit");
        var unknown = await tenantB.MoveAsync(Guid.CreateVersion7(), "acknowledged", filed.Version);

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], new[] { move.StatusCode, audit.StatusCode, unknown.StatusCode });
        Assert.Equal("application/problem+json", move.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Changes_need_a_management_role_and_a_valid_token()
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();
        var filed = await complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor).FileAsync();

        var agent = await complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Agent).MoveAsync(filed.Id, "acknowledged", filed.Version);
        var integrator = await complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Integrator).MoveAsync(filed.Id, "acknowledged", filed.Version);
        var anonymous = await complaints.AnonymousClient().MoveAsync(filed.Id, "acknowledged", filed.Version);
        var agentReadsTrail = await complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Agent).GetAsync($"{ComplaintsRoute}/{filed.Id}/audit");

        Assert.Equal(
            [HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized, HttpStatusCode.OK],
            new[] { agent.StatusCode, integrator.StatusCode, anonymous.StatusCode, agentReadsTrail.StatusCode });
    }

    private static string WireNamesOf(ComplaintStatus status) => Suite.Contracts.WireNames.Of(status);

    private static AsyncServiceScope TenantScope(ServiceFactory<Suite.Complaints.Grpc.ComplaintsGrpcService> complaints)
    {
        var scope = complaints.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(TestTokens.TenantA);
        return scope;
    }
}
