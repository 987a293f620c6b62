namespace Suite.Complaints.Domain;

/// <summary>Why the complaint happened, as found by the investigation; the Pareto of these drives fixes.</summary>
public enum RootCause
{
    AgentBehaviour = 1,
    AgentKnowledge = 2,
    ProcessGap = 3,
    ProductDefect = 4,
    Logistics = 5,
    PricingOrListingError = 6,
    CustomerMisunderstanding = 7,
    Other = 8,
}
