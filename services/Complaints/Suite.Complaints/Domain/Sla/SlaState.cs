namespace Suite.Complaints.Domain.Sla;

/// <summary>Where one SLA clock stands.</summary>
public enum SlaState
{
    OnTrack = 1,
    Warning = 2,
    Breached = 3,
    Paused = 4,
    Met = 5,
}
