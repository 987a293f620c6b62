using Suite.Quality.Domain;
using Suite.Quality.Messaging;
using Suite.Testing;

namespace Suite.Quality.Tests;

public sealed class ComplaintFiledConsumerTests : IAsyncLifetime
{
    private const string Consumer = nameof(RecordComplaintOnLedgerWhenComplaintFiled);

    private readonly QualityHost _quality = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _quality.DisposeAsync();

    [Fact]
    public async Task A_complaint_against_an_agent_goes_on_their_ledger()
    {
        var agentId = Guid.CreateVersion7();
        var filed = Complaints.Filed(TestTokens.TenantA, agentId,
            filedAt: new DateTimeOffset(2026, 11, 20, 16, 30, 0, TimeSpan.FromHours(8)),
            category: " late delivery ", severity: "major", storeCode: "TM-001");

        await _quality.DeliverAsync(filed);

        var entry = Assert.Single(await _quality.LedgerOf(TestTokens.TenantA));
        Assert.Equal(agentId, entry.AgentId);
        Assert.Equal(LedgerEntryKind.ComplaintFiled, entry.Kind);
        Assert.Equal(filed.ComplaintId, entry.SourceId);
        Assert.Equal("Complaint filed: late delivery, severity major, store TM-001", entry.Summary);
        Assert.Equal(("late delivery", "major", "TM-001"), (entry.Category, entry.Severity, entry.StoreCode));
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 8, 30, 0, TimeSpan.Zero), entry.OccurredAt);
        Assert.Equal(TimeSpan.Zero, entry.OccurredAt.Offset);
        Assert.NotEqual(default, entry.RecordedAt);
        Assert.Equal(TestTokens.TenantA, entry.TenantId);
    }

    [Fact]
    public async Task The_same_event_delivered_twice_is_on_the_ledger_once()
    {
        var filed = Complaints.Filed(TestTokens.TenantA, Guid.CreateVersion7());

        await _quality.DeliverAsync(filed, filed);

        Assert.Single(await _quality.LedgerOf(TestTokens.TenantA));
        Assert.Single(await _quality.Inbox(), inbox => inbox.MessageId == filed.EventId && inbox.Consumer == Consumer);
    }

    [Fact]
    public async Task The_same_complaint_reported_in_a_second_event_is_on_the_ledger_once()
    {
        var first = Complaints.Filed(TestTokens.TenantA, Guid.CreateVersion7());
        var second = first with { EventId = Guid.CreateVersion7() };

        await _quality.DeliverAsync(first);
        await _quality.DeliverAsync(second);

        Assert.Single(await _quality.LedgerOf(TestTokens.TenantA));
        var inbox = await _quality.Inbox();
        Assert.Contains(inbox, row => row.MessageId == first.EventId);
        Assert.Contains(inbox, row => row.MessageId == second.EventId);
    }

    [Fact]
    public async Task Both_reports_of_one_complaint_arriving_together_leave_one_entry()
    {
        var first = Complaints.Filed(TestTokens.TenantA, Guid.CreateVersion7());
        var second = first with { EventId = Guid.CreateVersion7() };

        await _quality.DeliverAsync(first, second);

        Assert.Single(await _quality.LedgerOf(TestTokens.TenantA));
        Assert.Equal(2, (await _quality.Inbox()).Count);
    }

    [Fact]
    public async Task A_complaint_that_names_no_agent_changes_nothing_but_is_marked_consumed()
    {
        var filed = Complaints.Filed(TestTokens.TenantA, agentId: null);

        await _quality.DeliverAsync(filed);

        Assert.Empty(await _quality.LedgerOf(TestTokens.TenantA));
        Assert.Single(await _quality.Inbox(), inbox => inbox.MessageId == filed.EventId && inbox.Consumer == Consumer);
    }

    [Fact]
    public async Task Each_tenant_sees_only_its_own_entries()
    {
        var complaintId = Guid.CreateVersion7();
        var agentId = Guid.CreateVersion7();

        await _quality.DeliverAsync(
            Complaints.Filed(TestTokens.TenantA, agentId, complaintId: complaintId, storeCode: "TM-A"),
            Complaints.Filed(TestTokens.TenantB, agentId, complaintId: complaintId, storeCode: "JD-B"));

        Assert.Equal("TM-A", Assert.Single(await _quality.LedgerOf(TestTokens.TenantA)).StoreCode);
        Assert.Equal("JD-B", Assert.Single(await _quality.LedgerOf(TestTokens.TenantB)).StoreCode);
    }
}
