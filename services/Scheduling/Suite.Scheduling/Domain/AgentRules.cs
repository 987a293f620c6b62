namespace Suite.Scheduling.Domain;

/// <summary>What makes an agent's details acceptable. Returns every problem at once, per field.</summary>
public static class AgentRules
{
    public const int MaxSkills = 50;

    public static Dictionary<string, string[]> Validate(NewAgent agent, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(agent.EmployeeNumber) || agent.EmployeeNumber.Trim().Length > 32
            || !agent.EmployeeNumber.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            errors["employeeNumber"] = ["Employee number is required: 1 to 32 letters, digits, '-' or '_'."];
        }

        if (string.IsNullOrWhiteSpace(agent.DisplayName) || agent.DisplayName.Trim().Length > 100)
        {
            errors["displayName"] = ["Display name is required and at most 100 characters."];
        }

        if (string.IsNullOrWhiteSpace(agent.Team) || agent.Team.Trim().Length > 100)
        {
            errors["team"] = ["Team is required and at most 100 characters."];
        }

        if (!Enum.IsDefined(agent.Level))
        {
            errors["level"] = ["Level must be one of the career ladder's levels."];
        }

        var skills = agent.Skills ?? [];
        if (skills.Count > MaxSkills)
        {
            errors["skills"] = [$"At most {MaxSkills} skills."];
        }
        else if (skills.Any(skill => string.IsNullOrWhiteSpace(skill) || skill.Trim().Length > 50))
        {
            errors["skills"] = ["Every skill must be 1 to 50 characters."];
        }

        if (agent.HiredOn == default)
        {
            errors["hiredOn"] = ["Hire date is required."];
        }
        else if (agent.HiredOn > today.AddYears(1))
        {
            errors["hiredOn"] = ["Hire date cannot be more than a year ahead."];
        }

        return errors;
    }

    /// <summary>Skills compare without regard to case or surrounding spaces; duplicates collapse.</summary>
    public static List<string> NormaliseSkills(IEnumerable<string>? skills) =>
        (skills ?? []).Select(skill => skill.Trim().ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal).ToList();
}
