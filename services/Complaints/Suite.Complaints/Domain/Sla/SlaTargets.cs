namespace Suite.Complaints.Domain.Sla;

/// <summary>How much open time the desk has for each promise to the customer.</summary>
public sealed record SlaTargets(TimeSpan FirstResponse, TimeSpan NextUpdate, TimeSpan Resolution);
