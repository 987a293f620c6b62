using Suite.ServiceDefaults.Data;

namespace Suite.Scheduling.Domain;

/// <summary>A person who serves customers (or leads those who do), as the centre's plans know them.</summary>
public sealed class Agent : ITenantOwned
{
    private Agent()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public string EmployeeNumber { get; private set; } = "";

    public string DisplayName { get; private set; } = "";

    public string Team { get; private set; } = "";

    public CareerLevel Level { get; private set; }

    public List<string> Skills { get; private set; } = [];

    public DateOnly HiredOn { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Hires an agent whose details have passed <see cref="AgentRules.Validate"/>.</summary>
    public static Agent Hire(NewAgent details, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        EmployeeNumber = details.EmployeeNumber.Trim(),
        DisplayName = details.DisplayName.Trim(),
        Team = details.Team.Trim(),
        Level = details.Level,
        Skills = AgentRules.NormaliseSkills(details.Skills),
        HiredOn = details.HiredOn,
        CreatedAt = now,
    };
}

/// <summary>What a planner enters when an agent joins.</summary>
public sealed record NewAgent(
    string EmployeeNumber,
    string DisplayName,
    string Team,
    CareerLevel Level,
    IReadOnlyList<string> Skills,
    DateOnly HiredOn);
