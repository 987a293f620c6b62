using Suite.Complaints.Domain.Escalations;
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

    /// <summary>When the customer was served, given instead of the agent so the agent on duty could be found.</summary>
    public DateTimeOffset? ServedAt { get; private set; }

    /// <summary>The agents on duty at <see cref="ServedAt"/> when there were several: someone has to pick one.</summary>
    public List<Guid> AgentCandidates { get; private set; } = [];

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
            ServedAt = details.ServedAt,
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

    /// <summary>
    /// Takes the agent from who was on duty when the customer was served: the one agent, or nobody when
    /// there were several (they are kept as candidates) or none. The finding is kept in the audit trail.
    /// </summary>
    public ComplaintAuditEntry AssignFromDuty(IReadOnlyList<Guid> onDuty, bool storeKnown, string by, DateTimeOffset now)
    {
        var at = ServedAt?.ToString("O") ?? "the time given";
        string note;
        if (onDuty.Count == 1)
        {
            AgentId = onDuty[0];
            note = $"The only agent on duty in store {StoreCode} at {at}.";
        }
        else if (onDuty.Count > 1)
        {
            AgentCandidates = onDuty.ToList();
            note = $"{onDuty.Count} agents were on duty in store {StoreCode} at {at}; left unassigned. Candidates: {string.Join(", ", onDuty)}.";
        }
        else
        {
            note = storeKnown
                ? $"Nobody was on duty in store {StoreCode} at {at}; left unassigned."
                : $"Scheduling does not know store {StoreCode}; left unassigned.";
        }

        return Audit(AuditAction.AgentFoundOnDuty, by, now, null, AgentId?.ToString(), note);
    }

    /// <summary>
    /// Hands a question to another department: the complaint waits in Awaiting department (its resolution
    /// clock paused) until every hand-off is answered. The caller has checked the move is allowed.
    /// </summary>
    public IReadOnlyList<ComplaintAuditEntry> HandOffRequested(Routing.HandOff handOff, string by, DateTimeOffset now)
    {
        var entries = new List<ComplaintAuditEntry>();
        if (Status != ComplaintStatus.AwaitingDepartment)
        {
            entries.Add(MoveTo(ComplaintStatus.AwaitingDepartment, by, $"Handed to {handOff.Department}.", now));
        }

        entries.Add(Audit(AuditAction.HandOffRequested, by, now, WireNames.Of(handOff.Topic), handOff.Department, handOff.Question));
        Touch(now);
        return entries;
    }

    /// <summary>Records a department's answer; the last one to answer sends the complaint back to investigation.</summary>
    public IReadOnlyList<ComplaintAuditEntry> HandOffAnswered(Routing.HandOff handOff, bool othersOpen, string by, DateTimeOffset now)
    {
        var entries = new List<ComplaintAuditEntry> { Audit(AuditAction.HandOffAnswered, by, now, handOff.Department, null, handOff.Answer) };
        if (!othersOpen && Status == ComplaintStatus.AwaitingDepartment)
        {
            entries.Add(MoveTo(ComplaintStatus.Investigating, by, $"{handOff.Department} answered.", now));
        }

        Touch(now);
        return entries;
    }

    /// <summary>Records a step of a bad-review callback in the complaint's trail.</summary>
    public ComplaintAuditEntry RecordCallback(AuditAction action, string by, DateTimeOffset now, string? to, string? note)
    {
        var entry = Audit(action, by, now, null, to, note);
        Touch(now);
        return entry;
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

    /// <summary>
    /// Records a person's escalation in the trail, like any other change they make. The SLA clock's own
    /// warnings and escalations are kept only in the escalation log: they do not change the complaint, so
    /// they never make the reading of someone about to answer the customer stale.
    /// </summary>
    public ComplaintAuditEntry RecordEscalationByHand(Escalation escalation)
    {
        var entry = Audit(AuditAction.EscalatedByHand, escalation.By, escalation.At, null, WireNames.Of(escalation.Stage), escalation.Reason);
        Touch(escalation.At);
        return entry;
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
    IReadOnlyList<MajorReason>? MajorReasons = null,
    DateTimeOffset? ServedAt = null);

/// <summary>How a complaint was resolved. Cleared when it is reopened, set again by the next resolution.</summary>
public sealed record ComplaintResolution(
    ResolutionOutcome Outcome,
    RootCause RootCause,
    bool UpheldAgainstAgent,
    string? Note,
    DateTimeOffset ResolvedAt,
    string ResolvedBy);

public sealed record ResolutionDetails(ResolutionOutcome Outcome, RootCause RootCause, bool UpheldAgainstAgent, string? Note);
