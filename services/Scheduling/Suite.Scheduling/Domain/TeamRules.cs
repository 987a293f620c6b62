using Suite.Contracts;

namespace Suite.Scheduling.Domain;

/// <summary>What makes a team and its leader acceptable.</summary>
public static class TeamRules
{
    public const int MaxNameLength = 100;

    /// <summary>Leading a team is a team leader's job or above on the career ladder (seed 002).</summary>
    public const CareerLevel LowestLeaderLevel = CareerLevel.TeamLeader;

    public static Dictionary<string, string[]> ValidateName(string? name)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength)
        {
            errors["name"] = [$"Name is required and at most {MaxNameLength} characters."];
        }

        return errors;
    }

    /// <summary>Null when <paramref name="leader"/> may lead; otherwise why not.</summary>
    public static string? ValidateLeader(Agent leader) =>
        leader.Level < LowestLeaderLevel
            ? $"{leader.DisplayName} is at level {WireNames.Of(leader.Level)}; a team leader must be at least {WireNames.Of(LowestLeaderLevel)}."
            : null;
}
