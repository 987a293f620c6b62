using Suite.Contracts;
using Suite.ServiceDefaults.Data;

namespace Suite.Complaints.Domain;

/// <summary>A customer's complaint about a store of the tenant, and about one of its agents when known.</summary>
public sealed class Complaint : ITenantOwned
{
    private Complaint()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    /// <summary>
    /// Changes with every write and is checked by the database on update, so of two people changing the
    /// complaint from the same reading only the first succeeds. A Guid rather than a rowversion: SQLite has none.
    /// </summary>
    public Guid Version { get; private set; }

    /// <summary>The agent complained about; null when the complaint is about the store, the product or delivery.</summary>
    public Guid? AgentId { get; private set; }

    public ComplaintChannel Channel { get; private set; }

    /// <summary>The sales platform ("tmall", "jd", "douyin"): data, so a new platform needs no release.</summary>
    public string Platform { get; private set; } = "";

    public string StoreCode { get; private set; } = "";

    /// <summary>How the platform or CRM knows the customer (nickname, buyer id, ticket contact).</summary>
    public string CustomerReference { get; private set; } = "";

    public string? OrderReference { get; private set; }

    public ComplaintCategory Category { get; private set; }

    public ComplaintSeverity Severity { get; private set; }

    public bool Major { get; private set; }

    public List<MajorReason> MajorReasons { get; private set; } = [];

    /// <summary>Why a person set the severity by hand; while set, the rules no longer change it.</summary>
    public string? SeverityOverrideReason { get; private set; }

    public string Description { get; private set; } = "";

    /// <summary>References to evidence kept elsewhere (chat screenshots, recordings, platform ticket files).</summary>
    public List<string> Attachments { get; private set; } = [];

    public ComplaintStatus Status { get; private set; }

    public DateTimeOffset FiledAt { get; private set; }

    /// <summary>The subject of the token that filed it: a person or an integration.</summary>
    public string FiledBy { get; private set; } = "";

    public ComplaintResolution? Resolution { get; private set; }

    /// <summary>How many audit entries the complaint has: the next one's sequence follows it.</summary>
    public int Changes { get; private set; }

    /// <summary>Files a complaint whose details have passed <see cref="ComplaintRules.Validate"/>.</summary>
    public static (Complaint Complaint, ComplaintAuditEntry Filed) File(
        NewComplaint details, SeverityAssessment severity, string filedBy, DateTimeOffset now)
    {
        var complaint = new Complaint
        {
            Id = Guid.CreateVersion7(now),
            Version = Guid.CreateVersion7(now),
            AgentId = details.AgentId,
            Channel = details.Channel,
            Platform = ComplaintRules.NormalisePlatform(details.Platform),
            StoreCode = details.StoreCode.Trim(),
            CustomerReference = details.CustomerReference.Trim(),
            OrderReference = string.IsNullOrWhiteSpace(details.OrderReference) ? null : details.OrderReference.Trim(),
            Category = details.Category,
            Severity = severity.Severity,
            Major = severity.Major,
            MajorReasons = severity.Reasons.ToList(),
            Description = details.Description.Trim(),
            Attachments = ComplaintRules.NormaliseAttachments(details.Attachments),
            Status = ComplaintStatus.New,
            FiledAt = now,
            FiledBy = filedBy,
        };
        var filed = complaint.Audit(AuditAction.Filed, filedBy, now, null, WireNames.Of(ComplaintStatus.New), DescribeSeverity(complaint.Severity, complaint.Major));
        return (complaint, filed);
    }

    /// <summary>Moves the complaint along the workflow; the caller has checked <see cref="ComplaintWorkflow.CanMove"/>.</summary>
    public ComplaintAuditEntry MoveTo(ComplaintStatus to, string by, string? note, DateTimeOffset now)
    {
        if (!ComplaintWorkflow.CanMove(Status, to))
        {
            throw new InvalidOperationException($"A complaint cannot move from {Status} to {to}.");
        }

        var entry = Audit(AuditAction.StatusChanged, by, now, WireNames.Of(Status), WireNames.Of(to), note);
        Status = to;
        if (to == ComplaintStatus.Reopened)
        {
            Resolution = null;
        }

        Touch(now);
        return entry;
    }

    /// <summary>Sets severity and major by hand; the reason is kept on the complaint and in the audit trail.</summary>
    public ComplaintAuditEntry OverrideSeverity(ComplaintSeverity severity, bool major, string reason, string by, DateTimeOffset now)
    {
        var entry = Audit(
            AuditAction.SeverityChanged, by, now, DescribeSeverity(Severity, Major), DescribeSeverity(severity, major), reason);
        Severity = severity;
        Major = major;
        SeverityOverrideReason = reason.Trim();
        Touch(now);
        return entry;
    }

    /// <summary>
    /// Resolves the complaint with what was found and done; the caller has checked that the workflow
    /// allows it and that an upheld complaint names an agent.
    /// </summary>
    public IReadOnlyList<ComplaintAuditEntry> Resolve(ResolutionDetails details, string by, DateTimeOffset now)
    {
        var moved = MoveTo(ComplaintStatus.Resolved, by, details.Note, now);
        Resolution = new ComplaintResolution(
            details.Outcome, details.RootCause, details.UpheldAgainstAgent, string.IsNullOrWhiteSpace(details.Note) ? null : details.Note.Trim(), now, by);
        var resolved = Audit(
            AuditAction.Resolved, by, now, null,
            $"{WireNames.Of(details.Outcome)}; root cause {WireNames.Of(details.RootCause)}; upheld against agent: {(details.UpheldAgainstAgent ? "yes" : "no")}",
            details.Note);
        return [moved, resolved];
    }

    /// <summary>
    /// Records a step of a compensation claim in the complaint's trail. A claim above the tenant's major
    /// threshold makes the complaint major and P1, unless a person has set its severity by hand.
    /// </summary>
    public IReadOnlyList<ComplaintAuditEntry> RecordCompensation(
        AuditAction action, string by, DateTimeOffset now, string? from, string to, string? note, bool overMajorThreshold)
    {
        var entries = new List<ComplaintAuditEntry>();
        if (overMajorThreshold && SeverityOverrideReason is null && !MajorReasons.Contains(MajorReason.CompensationOverThreshold))
        {
            var before = DescribeSeverity(Severity, Major);
            MajorReasons = [.. MajorReasons, MajorReason.CompensationOverThreshold];
            MajorReasons.Sort();
            Severity = ComplaintSeverity.P1;
            Major = true;
            entries.Add(Audit(AuditAction.SeverityChanged, by, now, before, DescribeSeverity(Severity, Major), "Compensation claimed over the major threshold."));
        }

        entries.Insert(0, Audit(action, by, now, from, to, note));
        Touch(now);
        return entries;
    }

    private ComplaintAuditEntry Audit(AuditAction action, string by, DateTimeOffset at, string? from, string? to, string? note) =>
        ComplaintAuditEntry.Record(Id, ++Changes, action, by, at, from, to, note);

    private void Touch(DateTimeOffset now) => Version = Guid.CreateVersion7(now);

    private static string DescribeSeverity(ComplaintSeverity severity, bool major) =>
        major ? $"{WireNames.Of(severity)} major" : WireNames.Of(severity);
}

/// <summary>What the person or system filing a complaint tells us.</summary>
public sealed record NewComplaint(
    Guid? AgentId,
    ComplaintChannel Channel,
    string Platform,
    string StoreCode,
    string CustomerReference,
    string? OrderReference,
    ComplaintCategory Category,
    ComplaintSeverity? Severity,
    string Description,
    IReadOnlyList<string> Attachments,
    IReadOnlyList<MajorReason>? MajorReasons = null);

/// <summary>How a complaint was resolved. Cleared when it is reopened, set again by the next resolution.</summary>
public sealed record ComplaintResolution(
    ResolutionOutcome Outcome,
    RootCause RootCause,
    bool UpheldAgainstAgent,
    string? Note,
    DateTimeOffset ResolvedAt,
    string ResolvedBy);

public sealed record ResolutionDetails(ResolutionOutcome Outcome, RootCause RootCause, bool UpheldAgainstAgent, string? Note);
