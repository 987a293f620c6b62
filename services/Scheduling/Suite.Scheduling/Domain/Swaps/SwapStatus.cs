namespace Suite.Scheduling.Domain.Swaps;

/// <summary>Proposed by one agent, accepted by the other, then approved by a leader, which is when the roster changes.</summary>
public enum SwapStatus
{
    Proposed = 1,
    Accepted = 2,
    Approved = 3,
    Declined = 4,
    Rejected = 5,
    Cancelled = 6,
}
