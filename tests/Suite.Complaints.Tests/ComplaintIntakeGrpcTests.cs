using System.Net.Http.Json;
using Grpc.Core;
using ComplaintResponse = Suite.Complaints.Api.ComplaintResponse;
using Suite.Contracts.Complaints.V1;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;

namespace Suite.Complaints.Tests;

public sealed class ComplaintIntakeGrpcTests(SchedulingFixture scheduling) : IClassFixture<SchedulingFixture>
{
    private static Metadata Bearer(string role) => new() { { "Authorization", $"Bearer {TestTokens.For(TestTokens.TenantA, role)}" } };

    private static FileComplaintRequest Valid(Guid? agentId = null) => new()
    {
        AgentId = agentId?.ToString() ?? "",
        Channel = "platform-ticket",
        Platform = "JD",
        StoreCode = "JD-HOME-02",
        CustomerReference = $"jd_buyer_{Guid.NewGuid():N}",
        Category = "service-attitude",
        Description = "The agent told the customer to stop asking.",
        Attachments = { "ticket://jd/8841" },
    };

    [Fact]
    public async Task An_integrator_files_a_complaint_against_an_agent_over_gRPC_and_it_is_the_same_as_over_REST()
    {
        var agentId = await scheduling.HireAgentAsync(TestTokens.TenantA);
        await using var complaints = scheduling.Complaints();
        var client = new ComplaintsService.ComplaintsServiceClient(complaints.GrpcChannel());
        var request = Valid(agentId);
        request.MajorReasons.Add("media");

        var reply = await client.FileComplaintAsync(request, Bearer(SuiteRoles.Integrator));

        var stored = await complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor)
            .GetFromJsonAsync<ComplaintResponse>($"/api/complaints/complaints/{reply.Complaint.ComplaintId}", SuiteJson.Options);
        Assert.Equal(("service-attitude", "p1", "new", true, "media"), (reply.Complaint.Category, reply.Complaint.Severity, reply.Complaint.Status, reply.Major, reply.MajorReasons.Single()));
        Assert.Equal((agentId, "jd", stored!.Version.ToString()), (stored.AgentId!.Value, stored.Platform, reply.Version));
        Assert.Equal(($"user-{TestTokens.TenantA}-{SuiteRoles.Integrator}", 1, 1), (stored.FiledBy, (await SchedulingFixture.CountRowsAsync(complaints)).Complaints, (await SchedulingFixture.CountRowsAsync(complaints)).Events));
    }

    [Fact]
    public async Task Bad_fields_and_an_unknown_agent_are_InvalidArgument_naming_them_and_nothing_is_written()
    {
        await using var complaints = scheduling.Complaints();
        var client = new ComplaintsService.ComplaintsServiceClient(complaints.GrpcChannel());
        var bad = Valid();
        bad.Channel = "fax";
        bad.Severity = "P1";
        bad.StoreCode = "";
        bad.MajorReasons.Add("repeat-complainant");

        var invalid = await Assert.ThrowsAsync<RpcException>(() => client.FileComplaintAsync(bad, Bearer(SuiteRoles.Supervisor)).ResponseAsync);
        var unknownAgent = await Assert.ThrowsAsync<RpcException>(() =>
            client.FileComplaintAsync(Valid(Guid.CreateVersion7()), Bearer(SuiteRoles.Supervisor)).ResponseAsync);
        var notAnId = Valid();
        notAnId.AgentId = "agent-7";
        var badId = await Assert.ThrowsAsync<RpcException>(() => client.FileComplaintAsync(notAnId, Bearer(SuiteRoles.Supervisor)).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, invalid.StatusCode);
        foreach (var field in new[] { "channel:", "severity:", "storeCode:", "majorReasons:" })
        {
            Assert.Contains(field, invalid.Status.Detail);
        }

        Assert.Equal((StatusCode.InvalidArgument, true), (unknownAgent.StatusCode, unknownAgent.Status.Detail.StartsWith("agentId:", StringComparison.Ordinal)));
        Assert.Equal((StatusCode.InvalidArgument, true), (badId.StatusCode, badId.Status.Detail.StartsWith("agentId:", StringComparison.Ordinal)));
        Assert.Equal((0, 0), await SchedulingFixture.CountRowsAsync(complaints));
    }

    [Fact]
    public async Task Filing_needs_a_token_and_a_filing_role_and_Scheduling_being_down_is_Unavailable()
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();
        var client = new ComplaintsService.ComplaintsServiceClient(complaints.GrpcChannel());

        var anonymous = await Assert.ThrowsAsync<RpcException>(() => client.FileComplaintAsync(Valid()).ResponseAsync);
        var agent = await Assert.ThrowsAsync<RpcException>(() => client.FileComplaintAsync(Valid(), Bearer(SuiteRoles.Agent)).ResponseAsync);
        var down = await Assert.ThrowsAsync<RpcException>(() => client.FileComplaintAsync(Valid(Guid.CreateVersion7()), Bearer(SuiteRoles.Supervisor)).ResponseAsync);

        Assert.Equal(
            [StatusCode.Unauthenticated, StatusCode.PermissionDenied, StatusCode.Unavailable],
            new[] { anonymous.StatusCode, agent.StatusCode, down.StatusCode });
        Assert.Equal((0, 0), await SchedulingFixture.CountRowsAsync(complaints));
    }
}
