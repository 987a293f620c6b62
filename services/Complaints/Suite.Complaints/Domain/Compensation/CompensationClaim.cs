using Suite.ServiceDefaults.Data;

namespace Suite.Complaints.Domain.Compensation;

/// <summary>Money offered to a customer to settle a complaint, from proposal to payment.</summary>
public sealed class CompensationClaim : ITenantOwned
{
    private CompensationClaim()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid ComplaintId { get; private set; }

    public decimal Amount { get; private set; }

    public string Currency { get; private set; } = "";

    public string Reason { get; private set; } = "";

    public CompensationStatus Status { get; private set; }

    public DateTimeOffset ProposedAt { get; private set; }

    public string ProposedBy { get; private set; } = "";

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public string? DecisionReason { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }

    public string? PaymentReference { get; private set; }

    /// <summary>Two approvers acting on the same claim at once: the database lets only the first through.</summary>
    public Guid Version { get; private set; }

    public static CompensationClaim Propose(Guid complaintId, decimal amount, string currency, string reason, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ComplaintId = complaintId,
        Amount = amount,
        Currency = currency,
        Reason = reason.Trim(),
        Status = CompensationStatus.Proposed,
        ProposedAt = now,
        ProposedBy = by,
        Version = Guid.CreateVersion7(now),
    };

    /// <summary>Approves or rejects a proposed claim; the caller has checked it is proposed and within the approver's limit.</summary>
    public void Decide(bool approve, string? reason, string by, DateTimeOffset now)
    {
        if (Status != CompensationStatus.Proposed)
        {
            throw new InvalidOperationException($"A {Status} claim cannot be decided.");
        }

        Status = approve ? CompensationStatus.Approved : CompensationStatus.Rejected;
        DecisionReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        DecidedAt = now;
        DecidedBy = by;
        Version = Guid.CreateVersion7(now);
    }

    public void MarkPaid(string paymentReference, DateTimeOffset now)
    {
        if (Status != CompensationStatus.Approved)
        {
            throw new InvalidOperationException($"A {Status} claim cannot be paid.");
        }

        Status = CompensationStatus.Paid;
        PaymentReference = paymentReference.Trim();
        PaidAt = now;
        Version = Guid.CreateVersion7(now);
    }
}
