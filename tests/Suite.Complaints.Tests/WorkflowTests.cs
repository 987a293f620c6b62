using Suite.Complaints.Domain;

namespace Suite.Complaints.Tests;

public sealed class WorkflowTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 30, 0, TimeSpan.Zero);

    /// <summary>The whole table, written out independently of the code: every pair not listed is illegal.</summary>
    private static readonly HashSet<(ComplaintStatus, ComplaintStatus)> Legal =
    [
        (ComplaintStatus.New, ComplaintStatus.Acknowledged),
        (ComplaintStatus.New, ComplaintStatus.Investigating),
        (ComplaintStatus.New, ComplaintStatus.Resolved),
        (ComplaintStatus.Acknowledged, ComplaintStatus.Investigating),
        (ComplaintStatus.Acknowledged, ComplaintStatus.AwaitingCustomer),
        (ComplaintStatus.Acknowledged, ComplaintStatus.AwaitingDepartment),
        (ComplaintStatus.Acknowledged, ComplaintStatus.Resolved),
        (ComplaintStatus.Investigating, ComplaintStatus.AwaitingCustomer),
        (ComplaintStatus.Investigating, ComplaintStatus.AwaitingDepartment),
        (ComplaintStatus.Investigating, ComplaintStatus.Resolved),
        (ComplaintStatus.AwaitingCustomer, ComplaintStatus.Investigating),
        (ComplaintStatus.AwaitingCustomer, ComplaintStatus.AwaitingDepartment),
        (ComplaintStatus.AwaitingCustomer, ComplaintStatus.Resolved),
        (ComplaintStatus.AwaitingDepartment, ComplaintStatus.Investigating),
        (ComplaintStatus.AwaitingDepartment, ComplaintStatus.AwaitingCustomer),
        (ComplaintStatus.AwaitingDepartment, ComplaintStatus.Resolved),
        (ComplaintStatus.Resolved, ComplaintStatus.Closed),
        (ComplaintStatus.Resolved, ComplaintStatus.Reopened),
        (ComplaintStatus.Closed, ComplaintStatus.Reopened),
        (ComplaintStatus.Reopened, ComplaintStatus.Investigating),
        (ComplaintStatus.Reopened, ComplaintStatus.AwaitingCustomer),
        (ComplaintStatus.Reopened, ComplaintStatus.AwaitingDepartment),
        (ComplaintStatus.Reopened, ComplaintStatus.Resolved),
    ];

    public static TheoryData<ComplaintStatus, ComplaintStatus> EveryPair()
    {
        var pairs = new TheoryData<ComplaintStatus, ComplaintStatus>();
        foreach (var from in Enum.GetValues<ComplaintStatus>())
        {
            foreach (var to in Enum.GetValues<ComplaintStatus>())
            {
                pairs.Add(from, to);
            }
        }

        return pairs;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Every_move_is_allowed_exactly_when_the_table_says_so(ComplaintStatus from, ComplaintStatus to)
    {
        Assert.Equal(Legal.Contains((from, to)), ComplaintWorkflow.CanMove(from, to));
        Assert.Equal(Legal.Contains((from, to)), ComplaintWorkflow.NextFrom(from).Contains(to));
    }

    [Fact]
    public void Nothing_moves_back_to_new_or_stays_where_it_is()
    {
        foreach (var status in Enum.GetValues<ComplaintStatus>())
        {
            Assert.False(ComplaintWorkflow.CanMove(status, ComplaintStatus.New));
            Assert.False(ComplaintWorkflow.CanMove(status, status));
        }
    }

    [Fact]
    public void An_illegal_move_throws_and_changes_nothing()
    {
        var complaint = File();
        var version = complaint.Version;

        Assert.Throws<InvalidOperationException>(() => complaint.MoveTo(ComplaintStatus.Closed, "lead", null, Now));

        Assert.Equal((ComplaintStatus.New, version, 1), (complaint.Status, complaint.Version, complaint.Changes));
    }

    [Fact]
    public void Every_move_changes_the_version_and_is_audited_in_sequence()
    {
        var complaint = File();
        var versions = new HashSet<Guid> { complaint.Version };

        var acknowledged = complaint.MoveTo(ComplaintStatus.Acknowledged, "lead-1", " called back ", Now.AddMinutes(5));
        versions.Add(complaint.Version);
        var waiting = complaint.MoveTo(ComplaintStatus.AwaitingCustomer, "lead-2", null, Now.AddMinutes(5));
        versions.Add(complaint.Version);

        Assert.Equal(3, versions.Count);
        Assert.Equal(
            (AuditAction.StatusChanged, 2, "lead-1", Now.AddMinutes(5), "new", "acknowledged", "called back"),
            (acknowledged.Action, acknowledged.Sequence, acknowledged.By, acknowledged.At, acknowledged.From, acknowledged.To, acknowledged.Note));
        Assert.Equal((3, "acknowledged", "awaiting-customer", (string?)null), (waiting.Sequence, waiting.From, waiting.To, waiting.Note));
        Assert.Equal(ComplaintStatus.AwaitingCustomer, complaint.Status);
    }

    [Fact]
    public void Resolving_records_the_resolution_and_reopening_clears_it()
    {
        var complaint = File();
        complaint.MoveTo(ComplaintStatus.Investigating, "lead", null, Now);

        var entries = complaint.Resolve(new ResolutionDetails(ResolutionOutcome.Apology, RootCause.AgentBehaviour, true, "Agent coached."), "sup", Now.AddHours(1));

        Assert.Equal([AuditAction.StatusChanged, AuditAction.Resolved], entries.Select(entry => entry.Action));
        Assert.Equal("apology; root cause agent-behaviour; upheld against agent: yes", entries[1].To);
        Assert.Equal(new ComplaintResolution(ResolutionOutcome.Apology, RootCause.AgentBehaviour, true, "Agent coached.", Now.AddHours(1), "sup"), complaint.Resolution);

        complaint.MoveTo(ComplaintStatus.Reopened, "sup", "Customer came back.", Now.AddDays(1));

        Assert.Null(complaint.Resolution);
        Assert.Equal(ComplaintStatus.Reopened, complaint.Status);
    }

    [Fact]
    public void A_severity_override_keeps_its_reason_and_audits_before_and_after()
    {
        var complaint = File();

        var entry = complaint.OverrideSeverity(ComplaintSeverity.P1, true, " Customer posted on Weibo ", "sup", Now);

        Assert.Equal((ComplaintSeverity.P1, true, "Customer posted on Weibo"), (complaint.Severity, complaint.Major, complaint.SeverityOverrideReason));
        Assert.Equal((AuditAction.SeverityChanged, "p2", "p1 major", "Customer posted on Weibo"), (entry.Action, entry.From, entry.To, entry.Note));
    }

    internal static Complaint File(ComplaintSeverity? severity = null, DateTimeOffset? at = null)
    {
        var details = new NewComplaint(
            Guid.CreateVersion7(), ComplaintChannel.Chat, "tmall", "TM-01", "buyer_1", null,
            ComplaintCategory.ServiceAttitude, severity, "Rude reply.", []);
        return Complaint.File(details, SeverityRules.Assess(details.Category, severity, [], 0), "intake", at ?? Now).Complaint;
    }
}
