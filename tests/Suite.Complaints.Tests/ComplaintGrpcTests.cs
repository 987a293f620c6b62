using System.Net.Http.Json;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Suite.Complaints.Api;
using Suite.Contracts.Complaints.V1;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;

namespace Suite.Complaints.Tests;

public sealed class ComplaintGrpcTests(SchedulingFixture scheduling) : IClassFixture<SchedulingFixture>
{
    private static Metadata Bearer(string tenant) => new() { { "Authorization", $"Bearer {TestTokens.For(tenant, SuiteRoles.Supervisor)}" } };

    [Fact]
    public async Task GetAgentComplaints_lists_one_agents_complaints_newest_first_within_the_callers_tenant()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
        var agentId = await scheduling.HireAgentAsync(TestTokens.TenantA);
        var otherAgentId = await scheduling.HireAgentAsync(TestTokens.TenantA);
        await using var complaints = scheduling.Complaints(services => services.AddSingleton<TimeProvider>(clock));
        var http = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor);
        var filed = new List<ComplaintResponse>();
        foreach (var (agent, category) in new (Guid?, string)[]
                 {
                     (agentId, "service-attitude"), (otherAgentId, "logistics"), (null, "logistics"), (agentId, "bad-review"),
                 })
        {
            var response = await http.PostAsJsonAsync("/api/complaints/complaints", ComplaintBodies.Valid(agent, category));
            filed.Add((await response.Content.ReadFromJsonAsync<ComplaintResponse>(SuiteJson.Options))!);
            clock.Advance(TimeSpan.FromMinutes(5));
        }

        var client = new ComplaintsService.ComplaintsServiceClient(complaints.GrpcChannel());
        var request = new GetAgentComplaintsRequest { AgentId = agentId.ToString() };

        var reply = await client.GetAgentComplaintsAsync(request, Bearer(TestTokens.TenantA));
        var otherTenant = await client.GetAgentComplaintsAsync(request, Bearer(TestTokens.TenantB));
        var noComplaints = await client.GetAgentComplaintsAsync(
            new GetAgentComplaintsRequest { AgentId = Guid.CreateVersion7().ToString() }, Bearer(TestTokens.TenantA));

        Assert.Equal(agentId.ToString(), reply.AgentId);
        Assert.Equal(
            [
                (filed[3].Id.ToString(), "bad-review", "p3", "new", "2026-11-26T08:15:00.0000000Z"),
                (filed[0].Id.ToString(), "service-attitude", "p2", "new", "2026-11-26T08:00:00.0000000Z"),
            ],
            reply.Complaints.Select(complaint => (complaint.ComplaintId, complaint.Category, complaint.Severity, complaint.Status, complaint.FiledAt)));
        Assert.Empty(otherTenant.Complaints);
        Assert.Empty(noComplaints.Complaints);
    }

    [Fact]
    public async Task GetAgentComplaints_refuses_a_bad_id_and_an_anonymous_caller()
    {
        await using var complaints = scheduling.Complaints();
        var client = new ComplaintsService.ComplaintsServiceClient(complaints.GrpcChannel());

        var badId = await Assert.ThrowsAsync<RpcException>(() =>
            client.GetAgentComplaintsAsync(new GetAgentComplaintsRequest { AgentId = "agent-7" }, Bearer(TestTokens.TenantA)).ResponseAsync);
        var anonymous = await Assert.ThrowsAsync<RpcException>(() =>
            client.GetAgentComplaintsAsync(new GetAgentComplaintsRequest { AgentId = Guid.CreateVersion7().ToString() }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, badId.StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, anonymous.StatusCode);
    }
}
