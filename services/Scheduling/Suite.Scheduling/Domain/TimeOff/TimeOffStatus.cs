namespace Suite.Scheduling.Domain.TimeOff;

/// <summary>Pending until a leader decides; an agent or a leader may cancel a pending or approved request.</summary>
public enum TimeOffStatus
{
    Pending = 1,
    Approved = 2,
    Rejected = 3,
    Cancelled = 4,
}
