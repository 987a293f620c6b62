using Suite.ServiceDefaults.Data;

namespace Suite.Complaints.Domain;

/// <summary>
/// One change to a complaint: who made it, when, what kind, and the value before and after (as wire
/// names, so entries of every kind share one shape). Entries are only ever added.
/// </summary>
public sealed class ComplaintAuditEntry : ITenantOwned
{
    private ComplaintAuditEntry()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid ComplaintId { get; private set; }

    /// <summary>1 for the filing, then one more per change: orders entries made within the same instant.</summary>
    public int Sequence { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string By { get; private set; } = "";

    public AuditAction Action { get; private set; }

    public string? From { get; private set; }

    public string? To { get; private set; }

    public string? Note { get; private set; }

    public static ComplaintAuditEntry Record(
        Guid complaintId, int sequence, AuditAction action, string by, DateTimeOffset at, string? from, string? to, string? note) => new()
    {
        Id = Guid.CreateVersion7(at),
        ComplaintId = complaintId,
        Sequence = sequence,
        At = at,
        By = by,
        Action = action,
        From = from,
        To = to,
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
    };
}
