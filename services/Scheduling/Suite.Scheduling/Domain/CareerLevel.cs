namespace Suite.Scheduling.Domain;

/// <summary>
/// The career ladder of a customer-service centre, from the front line up. The order matters:
/// a promotion moves an agent to a higher value.
/// </summary>
public enum CareerLevel
{
    CustomerService = 1,
    GoldMedalCustomerService = 2,
    TeamLeader = 3,
    Supervisor = 4,
    Manager = 5,
    Director = 6,
}
