namespace Suite.Complaints.Domain;

/// <summary>How urgent a complaint is: P1 is the most severe (a major complaint), P4 the least.</summary>
public enum ComplaintSeverity
{
    P1 = 1,
    P2 = 2,
    P3 = 3,
    P4 = 4,
}
