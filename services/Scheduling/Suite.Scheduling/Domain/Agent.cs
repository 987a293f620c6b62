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

    /// <summary>Hours a week the agent's contract provides for; null until a planner enters them.</summary>
    public decimal? ContractedWeeklyHours { get; private set; }

    /// <summary>The most receptions a day the agent can take (seed 003: 300 is typical); null when not set.</summary>
    public int? MaxDailyReceptions { get; private set; }

    public List<AvailabilityWindow> Availability { get; private set; } = [];

    /// <summary>Rises with every change; a planner's edit names the version it was made on.</summary>
    public int Version { get; private set; }

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
        ContractedWeeklyHours = details.ContractedWeeklyHours,
        MaxDailyReceptions = details.MaxDailyReceptions,
        Availability = AgentRules.NormaliseAvailability(details.Availability),
        Version = 1,
    };

    /// <summary>
    /// Applies changes that have passed <see cref="AgentRules.ValidateChanges"/> and whose version matches.
    /// Returns the level the agent had before when the level changed, so the caller can announce it.
    /// </summary>
    public CareerLevel? Apply(AgentChanges changes)
    {
        if (changes.Version != Version)
        {
            throw new InvalidOperationException($"The changes were made on version {changes.Version}, the agent is at {Version}.");
        }

        var previousLevel = Level;
        DisplayName = changes.DisplayName?.Trim() ?? DisplayName;
        Team = changes.Team?.Trim() ?? Team;
        Level = changes.Level ?? Level;
        Skills = changes.Skills is null ? Skills : AgentRules.NormaliseSkills(changes.Skills);
        ContractedWeeklyHours = changes.ContractedWeeklyHours ?? ContractedWeeklyHours;
        MaxDailyReceptions = changes.MaxDailyReceptions ?? MaxDailyReceptions;
        Availability = changes.Availability is null ? Availability : AgentRules.NormaliseAvailability(changes.Availability);
        Version++;
        return Level == previousLevel ? null : previousLevel;
    }
}

/// <summary>What a planner enters when an agent joins.</summary>
public sealed record NewAgent(
    string EmployeeNumber,
    string DisplayName,
    string Team,
    CareerLevel Level,
    IReadOnlyList<string> Skills,
    DateOnly HiredOn,
    decimal? ContractedWeeklyHours = null,
    int? MaxDailyReceptions = null,
    IReadOnlyList<AvailabilityWindow>? Availability = null);
