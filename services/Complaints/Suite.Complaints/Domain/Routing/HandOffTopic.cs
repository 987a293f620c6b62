namespace Suite.Complaints.Domain.Routing;

/// <summary>What the complaints desk needs from another department.</summary>
public enum HandOffTopic
{
    /// <summary>A product defect or quality problem, registered with the product (technical) department.</summary>
    ProductProblem = 1,

    /// <summary>A wrong activity price or an error on the listing or detail page, for operations to fix.</summary>
    PricingOrListingError = 2,

    /// <summary>Operating videos or photos the agents need to show customers, made by design.</summary>
    VisualMaterial = 3,

    Other = 4,
}
