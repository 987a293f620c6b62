namespace Suite.Quality.Domain;

/// <summary>
/// The career ladder of the centre, bottom to top, with the same wire names as Scheduling's levels
/// (Scheduling owns each agent's level; Quality only judges who may climb).
/// </summary>
public enum CareerLevel
{
    CustomerService = 1,
    GoldMedalCustomerService,
    TeamLeader,
    Supervisor,
    Manager,
    Director,
}
