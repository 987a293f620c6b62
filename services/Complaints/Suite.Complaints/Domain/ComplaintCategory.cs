namespace Suite.Complaints.Domain;

/// <summary>What the customer complains about. Starts at 1 for the same reason as <see cref="ComplaintChannel"/>.</summary>
public enum ComplaintCategory
{
    ProductQuality = 1,
    Logistics = 2,
    ServiceAttitude = 3,
    PricingOrListingError = 4,
    BadReview = 5,
    RefundOrCompensation = 6,
    Other = 7,
}
