using Suite.Complaints.Domain.Compensation;

namespace Suite.Complaints.Api;

/// <summary>The body of POST /api/complaints/complaints/{id}/compensations.</summary>
public sealed record ProposeCompensationRequest(decimal Amount, string? Currency, string? Reason);

/// <summary>The body of POST .../compensations/{claimId}/decision: approve, or reject with a reason.</summary>
public sealed record CompensationDecisionRequest(bool Approve, string? Reason);

/// <summary>The body of POST .../compensations/{claimId}/payment.</summary>
public sealed record CompensationPaymentRequest(string? PaymentReference);

public sealed record CompensationResponse(
    Guid Id,
    Guid ComplaintId,
    decimal Amount,
    string Currency,
    string Reason,
    CompensationStatus Status,
    DateTimeOffset ProposedAt,
    string ProposedBy,
    DateTimeOffset? DecidedAt,
    string? DecidedBy,
    string? DecisionReason,
    DateTimeOffset? PaidAt,
    string? PaymentReference)
{
    public static CompensationResponse From(CompensationClaim claim) => new(
        claim.Id, claim.ComplaintId, claim.Amount, claim.Currency, claim.Reason, claim.Status, claim.ProposedAt, claim.ProposedBy,
        claim.DecidedAt, claim.DecidedBy, claim.DecisionReason, claim.PaidAt, claim.PaymentReference);
}

/// <summary>A complaint's claims with their totals per currency and status, added up in memory (see <see cref="Money"/>).</summary>
public sealed record CompensationListResponse(IReadOnlyList<CompensationResponse> Claims, IReadOnlyList<CompensationTotal> Totals);

public sealed record CompensationTotal(string Currency, CompensationStatus Status, decimal Amount);

/// <summary>The body of PUT /api/complaints/approval-limits/{role}/{currency}.</summary>
public sealed record ApprovalLimitRequest(decimal MaxAmount);

public sealed record ApprovalLimitResponse(string Role, string Currency, decimal MaxAmount)
{
    public static ApprovalLimitResponse From(ApprovalLimit limit) => new(limit.Role, limit.Currency, limit.MaxAmount);
}
