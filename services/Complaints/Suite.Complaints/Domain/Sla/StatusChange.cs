namespace Suite.Complaints.Domain.Sla;

/// <summary>The complaint entered <paramref name="Status"/> at <paramref name="At"/>; filing is the first change, to New.</summary>
public sealed record StatusChange(DateTimeOffset At, ComplaintStatus Status);
