using Suite.Complaints.Domain;
using Suite.Complaints.Domain.Sla;

namespace Suite.Complaints.Api;

/// <summary>The body of POST /api/complaints/complaints.</summary>
public sealed record FileComplaintRequest(
    Guid? AgentId,
    ComplaintChannel Channel,
    string Platform,
    string StoreCode,
    string CustomerReference,
    string? OrderReference,
    ComplaintCategory Category,
    ComplaintSeverity? Severity,
    string Description,
    IReadOnlyList<string>? Attachments,
    IReadOnlyList<MajorReason>? MajorReasons = null,
    DateTimeOffset? ServedAt = null)
{
    /// <summary>JSON leaves absent strings null whatever their declared type; the rules then name them as missing.</summary>
    public NewComplaint ToNewComplaint() => new(
        AgentId, Channel, Platform ?? "", StoreCode ?? "", CustomerReference ?? "", OrderReference,
        Category, Severity, Description ?? "", Attachments ?? [], MajorReasons ?? [], ServedAt);
}

public sealed record ComplaintResponse(
    Guid Id,
    Guid Version,
    Guid? AgentId,
    ComplaintChannel Channel,
    string Platform,
    string StoreCode,
    string CustomerReference,
    string? OrderReference,
    ComplaintCategory Category,
    ComplaintSeverity Severity,
    bool Major,
    IReadOnlyList<MajorReason> MajorReasons,
    string? SeverityOverrideReason,
    string Description,
    IReadOnlyList<string> Attachments,
    ComplaintStatus Status,
    IReadOnlyList<ComplaintStatus> NextStatuses,
    DateTimeOffset FiledAt,
    string FiledBy,
    ComplaintResolution? Resolution,
    SlaResponse? Sla,
    DateTimeOffset? ServedAt,
    IReadOnlyList<Guid> AgentCandidates)
{
    public static ComplaintResponse From(Complaint complaint, SlaResponse? sla) => new(
        complaint.Id, complaint.Version, complaint.AgentId, complaint.Channel, complaint.Platform, complaint.StoreCode,
        complaint.CustomerReference, complaint.OrderReference, complaint.Category, complaint.Severity,
        complaint.Major, complaint.MajorReasons, complaint.SeverityOverrideReason,
        complaint.Description, complaint.Attachments, complaint.Status, ComplaintWorkflow.NextFrom(complaint.Status),
        complaint.FiledAt, complaint.FiledBy, complaint.Resolution, sla, complaint.ServedAt, complaint.AgentCandidates);
}

/// <summary>The complaint's SLA as of the moment of the answer, under the policy that applies to it now.</summary>
public sealed record SlaResponse(Guid PolicyId, string PolicyName, SlaClockResponse FirstResponse, SlaClockResponse? NextUpdate, SlaClockResponse Resolution)
{
    public static SlaResponse From(SlaPolicy policy, SlaStatus status) => new(
        policy.Id, policy.Name, SlaClockResponse.From(status.FirstResponse),
        status.NextUpdate is null ? null : SlaClockResponse.From(status.NextUpdate), SlaClockResponse.From(status.Resolution));
}

/// <summary>Targets and elapsed time in minutes of open time.</summary>
public sealed record SlaClockResponse(double TargetMinutes, double ElapsedMinutes, DateTimeOffset? WarningAt, DateTimeOffset? DueAt, SlaState State)
{
    public static SlaClockResponse From(SlaReading reading) => new(
        reading.Target.TotalMinutes, Math.Round(reading.Elapsed.TotalMinutes, 2), reading.WarningAt, reading.DueAt, reading.State);
}

/// <summary>The body of POST /api/complaints/complaints/{id}/transitions.</summary>
public sealed record TransitionRequest(ComplaintStatus To, string? Note, Guid? ExpectedVersion);

/// <summary>The body of POST /api/complaints/complaints/{id}/severity.</summary>
public sealed record SeverityOverrideRequest(ComplaintSeverity Severity, bool Major, string? Reason, Guid? ExpectedVersion);

/// <summary>The body of POST /api/complaints/complaints/{id}/resolution.</summary>
public sealed record ResolveRequest(ResolutionOutcome Outcome, RootCause RootCause, bool UpheldAgainstAgent, string? Note, Guid? ExpectedVersion);

public sealed record AuditEntryResponse(Guid Id, DateTimeOffset At, string By, AuditAction Action, string? From, string? To, string? Note)
{
    public static AuditEntryResponse Of(ComplaintAuditEntry entry) =>
        new(entry.Id, entry.At, entry.By, entry.Action, entry.From, entry.To, entry.Note);
}
