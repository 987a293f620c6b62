using System.Net;
using System.Net.Http.Json;
using Grpc.Core;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Suite.Complaints.Api;
using Suite.Complaints.Data;
using Suite.Complaints.Domain;
using Suite.Contracts.Complaints.V1;
using Suite.Contracts.Events;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;
using static Suite.Complaints.Tests.ComplaintCalls;

namespace Suite.Complaints.Tests;

/// <summary>Intake by store and time: the agent on duty is found through Scheduling's WhoWasOnDuty.</summary>
public sealed class IntakeByDutyTests
{
    private static readonly DateTimeOffset ServedAt = new(2026, 11, 20, 10, 15, 0, TimeSpan.FromHours(8));

    private static Dictionary<string, object?> ServedBody()
    {
        var body = ComplaintBodies.Valid();
        body["servedAt"] = ServedAt;
        return body;
    }

    [Fact]
    public async Task The_only_agent_on_duty_is_assigned_and_named_in_ComplaintFiled()
    {
        var agent = Guid.CreateVersion7();
        var fake = new FakeSchedulingClient { OnDuty = { agent } };
        await using var complaints = SchedulingFixture.ComplaintsWith(fake);
        var client = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Integrator);

        var filed = await client.FileAsync(ServedBody());

        Assert.Equal((agent, ServedAt), (filed.AgentId, filed.ServedAt));
        Assert.Empty(filed.AgentCandidates);
        var question = Assert.Single(fake.DutyQuestions);
        Assert.Equal("TM-FLAGSHIP-01", question.StoreCode);
        Assert.Equal(ServedAt, DateTimeOffset.Parse(question.At, System.Globalization.CultureInfo.InvariantCulture));
        var found = Assert.Single(await client.AuditAsync(filed.Id), entry => entry.Action == AuditAction.AgentFoundOnDuty);
        Assert.Equal(agent.ToString(), found.To);
        Assert.Equal(agent, Assert.Single(await EventsAsync<ComplaintFiled>(complaints)).AgentId);
    }

    [Fact]
    public async Task Several_agents_on_duty_leave_the_complaint_unassigned_with_them_as_candidates()
    {
        var candidates = new[] { Guid.CreateVersion7(), Guid.CreateVersion7() };
        var fake = new FakeSchedulingClient();
        fake.OnDuty.AddRange(candidates);
        await using var complaints = SchedulingFixture.ComplaintsWith(fake);
        var client = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor);

        var filed = await client.FileAsync(ServedBody());

        Assert.Null(filed.AgentId);
        Assert.Equal(candidates, filed.AgentCandidates);
        var found = Assert.Single(await client.AuditAsync(filed.Id), entry => entry.Action == AuditAction.AgentFoundOnDuty);
        Assert.Null(found.To);
        Assert.All(candidates, candidate => Assert.Contains(candidate.ToString(), found.Note));
        var fetched = await client.GetFromJsonAsync<ComplaintResponse>($"{ComplaintsRoute}/{filed.Id}", SuiteJson.Options);
        Assert.Equal(candidates, fetched!.AgentCandidates);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Nobody_on_duty_or_a_store_Scheduling_does_not_know_leaves_the_complaint_unassigned(bool storeKnown)
    {
        var fake = new FakeSchedulingClient { StoreKnown = storeKnown };
        await using var complaints = SchedulingFixture.ComplaintsWith(fake);
        var client = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor);

        var filed = await client.FileAsync(ServedBody());

        Assert.Null(filed.AgentId);
        Assert.Empty(filed.AgentCandidates);
        var found = Assert.Single(await client.AuditAsync(filed.Id), entry => entry.Action == AuditAction.AgentFoundOnDuty);
        Assert.Contains(storeKnown ? "Nobody was on duty" : "does not know store", found.Note);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task When_Scheduling_is_down_or_cannot_answer_yet_finding_the_agent_on_duty_is_a_503_and_nothing_is_written(bool down)
    {
        var fake = new FakeSchedulingClient { Down = down, WithoutWhoWasOnDuty = !down };
        await using var complaints = SchedulingFixture.ComplaintsWith(fake);

        var response = await complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor).PostAsJsonAsync(ComplaintsRoute, ServedBody());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal((0, 0), await SchedulingFixture.CountRowsAsync(complaints));
    }

    [Fact]
    public async Task An_agent_and_a_time_together_or_a_time_in_the_future_are_refused_naming_servedAt()
    {
        var fake = new FakeSchedulingClient();
        await using var complaints = SchedulingFixture.ComplaintsWith(fake);
        var client = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor);
        var both = ServedBody();
        both["agentId"] = Guid.CreateVersion7();
        var future = ComplaintBodies.Valid();
        future["servedAt"] = DateTimeOffset.UtcNow.AddDays(1);

        foreach (var body in new[] { both, future })
        {
            var response = await client.PostAsJsonAsync(ComplaintsRoute, body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options);
            Assert.Contains("servedAt", problem!.Errors.Keys);
        }

        Assert.Empty(fake.DutyQuestions);
        Assert.Equal((0, 0), await SchedulingFixture.CountRowsAsync(complaints));
    }

    [Fact]
    public async Task Over_gRPC_served_at_finds_the_agent_and_a_time_without_offset_is_InvalidArgument()
    {
        var candidates = new[] { Guid.CreateVersion7(), Guid.CreateVersion7() };
        var fake = new FakeSchedulingClient();
        fake.OnDuty.AddRange(candidates);
        await using var complaints = SchedulingFixture.ComplaintsWith(fake);
        var client = new ComplaintsService.ComplaintsServiceClient(complaints.GrpcChannel());
        var bearer = new Metadata { { "Authorization", $"Bearer {TestTokens.For(TestTokens.TenantA, SuiteRoles.Integrator)}" } };
        Suite.Contracts.Complaints.V1.FileComplaintRequest Request(string servedAt) => new()
        {
            Channel = "chat", Platform = "tmall", StoreCode = "TM-FLAGSHIP-01", CustomerReference = $"buyer_{Guid.NewGuid():N}",
            Category = "service-attitude", Description = "Rude reply.", ServedAt = servedAt,
        };

        var reply = await client.FileComplaintAsync(Request("2026-11-20T10:15:00+08:00"), bearer);
        var bad = await Assert.ThrowsAsync<RpcException>(() => client.FileComplaintAsync(Request("2026-11-20T10:15:00"), bearer).ResponseAsync);

        Assert.Equal("", reply.AgentId);
        Assert.Equal(candidates.Select(candidate => candidate.ToString()), reply.AgentCandidates);
        Assert.Equal(StatusCode.InvalidArgument, bad.StatusCode);
        Assert.Contains("servedAt", bad.Status.Detail);
    }

    private static async Task<List<TEvent>> EventsAsync<TEvent>(ServiceFactory<Grpc.ComplaintsGrpcService> complaints)
    {
        await using var scope = complaints.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplaintsDbContext>();
        return (await db.OutboxMessages.AsNoTracking().ToListAsync()).Select(message => message.Deserialize().Message).OfType<TEvent>().ToList();
    }
}
