namespace Suite.Complaints.Domain.Compensation;

/// <summary>Where a compensation claim stands: proposed, then approved or rejected; approved claims are then paid.</summary>
public enum CompensationStatus
{
    Proposed = 1,
    Approved = 2,
    Rejected = 3,
    Paid = 4,
}
