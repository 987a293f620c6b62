using Suite.ServiceDefaults.Data;

namespace Suite.Scheduling.Domain.Swaps;

/// <summary>
/// Agent A offers its shift to agent B: B takes it over, or, when <see cref="PartnerAssignmentId"/> is
/// set, A takes B's shift in exchange. Nothing in the roster moves until a leader approves.
/// </summary>
public sealed class ShiftSwap : ITenantOwned
{
    private ShiftSwap()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid RosterId { get; private set; }

    public Guid RequesterId { get; private set; }

    public Guid RequesterAssignmentId { get; private set; }

    public Guid PartnerId { get; private set; }

    /// <summary>The partner's shift the requester takes in exchange; null when the partner only takes over.</summary>
    public Guid? PartnerAssignmentId { get; private set; }

    public string? Note { get; private set; }

    public SwapStatus Status { get; private set; }

    public DateTimeOffset ProposedAt { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? Reason { get; private set; }

    public int Version { get; private set; }

    /// <summary>Proposed and accepted swaps still hold their shifts: no other swap may claim them.</summary>
    public bool IsOpen => Status is SwapStatus.Proposed or SwapStatus.Accepted;

    public static ShiftSwap Propose(Guid rosterId, Guid requesterId, Guid requesterAssignmentId, Guid partnerId, Guid? partnerAssignmentId, string? note, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        RosterId = rosterId,
        RequesterId = requesterId,
        RequesterAssignmentId = requesterAssignmentId,
        PartnerId = partnerId,
        PartnerAssignmentId = partnerAssignmentId,
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        Status = SwapStatus.Proposed,
        ProposedAt = now,
        Version = 1,
    };

    /// <summary>Null when the swap may move to <paramref name="target"/>; otherwise why not.</summary>
    public string? Refusal(SwapStatus target) => (Status, target) switch
    {
        (SwapStatus.Proposed, SwapStatus.Accepted or SwapStatus.Declined or SwapStatus.Rejected or SwapStatus.Cancelled) => null,
        (SwapStatus.Accepted, SwapStatus.Approved or SwapStatus.Rejected or SwapStatus.Cancelled) => null,
        (SwapStatus.Proposed, SwapStatus.Approved) => "The partner has not accepted the swap yet.",
        _ => $"The swap is {Status.ToString().ToLowerInvariant()}; it cannot become {target.ToString().ToLowerInvariant()}.",
    };

    public void Accept(DateTimeOffset now)
    {
        Move(SwapStatus.Accepted);
        AnsweredAt = now;
    }

    public void Decline(string? reason, DateTimeOffset now)
    {
        Move(SwapStatus.Declined);
        AnsweredAt = now;
        Reason = Clean(reason);
    }

    public void Approve(string by, DateTimeOffset now) => Decide(SwapStatus.Approved, by, null, now);

    public void Reject(string by, string reason, DateTimeOffset now) => Decide(SwapStatus.Rejected, by, reason, now);

    public void Cancel() => Move(SwapStatus.Cancelled);

    private void Decide(SwapStatus decision, string by, string? reason, DateTimeOffset now)
    {
        Move(decision);
        DecidedBy = by;
        DecidedAt = now;
        Reason = Clean(reason);
    }

    private void Move(SwapStatus target)
    {
        if (Refusal(target) is { } refusal)
        {
            throw new InvalidOperationException(refusal);
        }

        Status = target;
        Version++;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
