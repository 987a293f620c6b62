namespace Suite.Complaints.Domain;

/// <summary>What the customer was given when the complaint was resolved.</summary>
public enum ResolutionOutcome
{
    Apology = 1,
    Explanation = 2,
    Refund = 3,
    Replacement = 4,
    Compensation = 5,
    NoAction = 6,
}
