using Suite.Scheduling.Domain.Swaps;

namespace Suite.Scheduling.Api;

/// <summary>
/// The body of POST /api/scheduling/shift-swaps: the requester's assignment (a roster shift), the partner
/// agent, and optionally the partner's assignment the requester takes in exchange.
/// </summary>
public sealed record ProposeSwapRequest(Guid? AssignmentId, Guid? PartnerId, Guid? PartnerAssignmentId, string? Note);

/// <summary>The body of decline and reject; a leader's rejection must give the reason.</summary>
public sealed record SwapReasonRequest(string? Reason);

public sealed record ShiftSwapResponse(
    Guid Id,
    Guid RosterId,
    Guid RequesterId,
    Guid AssignmentId,
    Guid PartnerId,
    Guid? PartnerAssignmentId,
    string? Note,
    SwapStatus Status,
    DateTimeOffset ProposedAt,
    DateTimeOffset? AnsweredAt,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? Reason,
    int Version)
{
    public static ShiftSwapResponse From(ShiftSwap swap) => new(
        swap.Id, swap.RosterId, swap.RequesterId, swap.RequesterAssignmentId, swap.PartnerId, swap.PartnerAssignmentId, swap.Note, swap.Status,
        swap.ProposedAt, swap.AnsweredAt, swap.DecidedBy, swap.DecidedAt, swap.Reason, swap.Version);
}
