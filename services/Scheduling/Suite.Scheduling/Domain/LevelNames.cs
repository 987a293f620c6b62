namespace Suite.Scheduling.Domain;

/// <summary>The names of career levels on the wire (events, gRPC), the same kebab-case as the REST API.</summary>
public static class LevelNames
{
    public static string Of(CareerLevel level) => level switch
    {
        CareerLevel.CustomerService => "customer-service",
        CareerLevel.GoldMedalCustomerService => "gold-medal-customer-service",
        CareerLevel.TeamLeader => "team-leader",
        CareerLevel.Supervisor => "supervisor",
        CareerLevel.Manager => "manager",
        CareerLevel.Director => "director",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Not a career level."),
    };
}
