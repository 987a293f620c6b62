using Grpc.Core;
using Suite.Contracts.Quality.V1;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;

namespace Suite.Quality.Tests;

public sealed class LedgerGrpcTests : IAsyncLifetime
{
    private readonly QualityHost _quality = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _quality.DisposeAsync();

    private static Metadata Bearer(string tenant) => new() { { "Authorization", $"Bearer {TestTokens.For(tenant, SuiteRoles.Manager)}" } };

    [Fact]
    public async Task GetAgentLedger_answers_newest_first_within_the_callers_tenant_only()
    {
        var agentId = Guid.CreateVersion7();
        var older = Complaints.Filed(TestTokens.TenantA, agentId, new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        var newer = Complaints.Filed(TestTokens.TenantA, agentId, new DateTimeOffset(2026, 11, 5, 14, 15, 0, TimeSpan.Zero), severity: "critical");
        await _quality.DeliverAsync(older, newer);
        var client = new QualityService.QualityServiceClient(_quality.Factory.GrpcChannel());
        var request = new GetAgentLedgerRequest { AgentId = agentId.ToString() };

        var reply = await client.GetAgentLedgerAsync(request, Bearer(TestTokens.TenantA));
        var otherTenant = await client.GetAgentLedgerAsync(request, Bearer(TestTokens.TenantB));
        var unknownAgent = await client.GetAgentLedgerAsync(
            new GetAgentLedgerRequest { AgentId = Guid.CreateVersion7().ToString() }, Bearer(TestTokens.TenantA));

        Assert.Equal(agentId.ToString(), reply.AgentId);
        Assert.Equal([newer.ComplaintId.ToString(), older.ComplaintId.ToString()], reply.Entries.Select(entry => entry.SourceId));
        var latest = reply.Entries[0];
        Assert.Equal("complaint-filed", latest.Kind);
        Assert.Equal("Complaint filed: late delivery, severity critical, store TM-001", latest.Summary);
        Assert.Equal("2026-11-05T14:15:00.0000000Z", latest.OccurredAt);
        Assert.True(Guid.TryParse(latest.EntryId, out _));
        Assert.Empty(otherTenant.Entries);
        Assert.Empty(unknownAgent.Entries);
    }

    [Fact]
    public async Task GetAgentLedger_refuses_a_bad_id_and_an_anonymous_caller()
    {
        var client = new QualityService.QualityServiceClient(_quality.Factory.GrpcChannel());

        var badId = await Assert.ThrowsAsync<RpcException>(() =>
            client.GetAgentLedgerAsync(new GetAgentLedgerRequest { AgentId = "nope" }, Bearer(TestTokens.TenantA)).ResponseAsync);
        var anonymous = await Assert.ThrowsAsync<RpcException>(() =>
            client.GetAgentLedgerAsync(new GetAgentLedgerRequest { AgentId = Guid.CreateVersion7().ToString() }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, badId.StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, anonymous.StatusCode);
    }
}
