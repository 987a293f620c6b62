namespace Suite.Complaints.Domain.Callbacks;

/// <summary>How a bad-review callback ended: whether the customer revised the review.</summary>
public enum CallbackOutcome
{
    ReviewRevised = 1,
    ReviewNotRevised = 2,
}
