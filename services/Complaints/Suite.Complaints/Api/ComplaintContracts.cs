using Suite.Complaints.Domain;

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
    IReadOnlyList<string>? Attachments)
{
    /// <summary>JSON leaves absent strings null whatever their declared type; the rules then name them as missing.</summary>
    public NewComplaint ToNewComplaint() => new(
        AgentId, Channel, Platform ?? "", StoreCode ?? "", CustomerReference ?? "", OrderReference,
        Category, Severity, Description ?? "", Attachments ?? []);
}

public sealed record ComplaintResponse(
    Guid Id,
    Guid? AgentId,
    ComplaintChannel Channel,
    string Platform,
    string StoreCode,
    string CustomerReference,
    string? OrderReference,
    ComplaintCategory Category,
    ComplaintSeverity Severity,
    string Description,
    IReadOnlyList<string> Attachments,
    ComplaintStatus Status,
    DateTimeOffset FiledAt,
    string FiledBy)
{
    public static ComplaintResponse From(Complaint complaint) => new(
        complaint.Id, complaint.AgentId, complaint.Channel, complaint.Platform, complaint.StoreCode,
        complaint.CustomerReference, complaint.OrderReference, complaint.Category, complaint.Severity,
        complaint.Description, complaint.Attachments, complaint.Status, complaint.FiledAt, complaint.FiledBy);
}

public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
