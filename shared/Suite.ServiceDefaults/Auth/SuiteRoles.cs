namespace Suite.ServiceDefaults.Auth;

/// <summary>The roles of the people and systems that use the suite, from the front line up.</summary>
public static class SuiteRoles
{
    public const string Agent = "agent";
    public const string TeamLeader = "team-leader";
    public const string Supervisor = "supervisor";
    public const string Manager = "manager";
    public const string Integrator = "integrator";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All =
        [Agent, TeamLeader, Supervisor, Manager, Integrator, Admin];

    /// <summary>Who may change the centre's people and plans.</summary>
    public static readonly string[] Management = [TeamLeader, Supervisor, Manager, Admin];

    /// <summary>Who may feed facts in: management plus connected systems.</summary>
    public static readonly string[] ManagementAndIntegrators = [TeamLeader, Supervisor, Manager, Admin, Integrator];
}
