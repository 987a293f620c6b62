using Suite.Quality.Domain;
using Suite.Quality.Messaging;
using Suite.Testing;

namespace Suite.Quality.Tests;

public sealed class ComplaintResolvedConsumerTests : IAsyncLifetime
{
    private const string Consumer = nameof(DeductOnLedgerWhenComplaintUpheldAgainstAgent);

    private readonly QualityHost _quality = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _quality.DisposeAsync();

    [Fact]
    public async Task A_complaint_upheld_against_an_agent_goes_on_their_ledger_for_deduction()
    {
        var agentId = Guid.CreateVersion7();
        var resolved = Complaints.Resolved(TestTokens.TenantA, agentId, upheld: true);

        await _quality.DeliverAsync(resolved);

        var entry = Assert.Single(await _quality.LedgerOf(TestTokens.TenantA));
        Assert.Equal((agentId, LedgerEntryKind.ComplaintUpheld, resolved.ComplaintId), (entry.AgentId, entry.Kind, entry.SourceId));
        Assert.Equal("Complaint upheld: rude reply, root cause agent attitude", entry.Summary);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 1, 0, 0, TimeSpan.Zero), entry.OccurredAt);
        Assert.Equal("complaint-upheld", LedgerEntryKindNames.Of(entry.Kind));
    }

    [Fact]
    public async Task A_complaint_not_upheld_or_against_nobody_changes_nothing_but_is_consumed()
    {
        var notUpheld = Complaints.Resolved(TestTokens.TenantA, Guid.CreateVersion7(), upheld: false);
        var nobody = Complaints.Resolved(TestTokens.TenantA, null, upheld: true);

        await _quality.DeliverAsync(notUpheld, nobody);

        Assert.Empty(await _quality.LedgerOf(TestTokens.TenantA));
        Assert.Equal(2, (await _quality.Inbox()).Count(row => row.Consumer == Consumer));
    }

    [Fact]
    public async Task The_same_resolution_delivered_twice_or_under_another_event_id_is_on_the_ledger_once()
    {
        var resolved = Complaints.Resolved(TestTokens.TenantA, Guid.CreateVersion7(), upheld: true);

        await _quality.DeliverAsync(resolved, resolved);
        await _quality.DeliverAsync(resolved with { EventId = Guid.CreateVersion7() });

        Assert.Single(await _quality.LedgerOf(TestTokens.TenantA));
    }

    [Fact]
    public async Task Filing_and_upholding_the_same_complaint_are_two_entries()
    {
        var agentId = Guid.CreateVersion7();
        var complaintId = Guid.CreateVersion7();

        await _quality.DeliverAsync(
            Complaints.Filed(TestTokens.TenantA, agentId, complaintId: complaintId),
            Complaints.Resolved(TestTokens.TenantA, agentId, upheld: true, complaintId: complaintId));

        Assert.Equal([LedgerEntryKind.ComplaintFiled, LedgerEntryKind.ComplaintUpheld],
            (await _quality.LedgerOf(TestTokens.TenantA)).Select(entry => entry.Kind).Order());
    }
}
