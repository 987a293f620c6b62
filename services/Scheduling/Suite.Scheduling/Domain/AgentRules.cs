namespace Suite.Scheduling.Domain;

/// <summary>What makes an agent's details acceptable. Returns every problem at once, per field.</summary>
public static class AgentRules
{
    public const int MaxSkills = 50;
    public const decimal MaxContractedWeeklyHours = 60;
    public const int MaxDailyReceptionsLimit = 2000;
    public const int MaxAvailabilityWindows = 28;

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

        ValidateSkills(errors, agent.Skills ?? []);
        ValidateWorkPattern(errors, agent.ContractedWeeklyHours, agent.MaxDailyReceptions, agent.Availability);

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

    public static Dictionary<string, string[]> ValidateChanges(AgentChanges changes)
    {
        var errors = new Dictionary<string, string[]>();
        if (changes.Version < 1)
        {
            errors["version"] = ["version is required: the version of the agent the change was made on."];
        }

        if (changes.DisplayName is not null && (string.IsNullOrWhiteSpace(changes.DisplayName) || changes.DisplayName.Trim().Length > 100))
        {
            errors["displayName"] = ["Display name must be 1 to 100 characters."];
        }

        if (changes.Team is not null && (string.IsNullOrWhiteSpace(changes.Team) || changes.Team.Trim().Length > 100))
        {
            errors["team"] = ["Team must be 1 to 100 characters."];
        }

        if (changes.Level is { } level && !Enum.IsDefined(level))
        {
            errors["level"] = ["Level must be one of the career ladder's levels."];
        }

        if (changes.Skills is not null)
        {
            ValidateSkills(errors, changes.Skills);
        }

        ValidateWorkPattern(errors, changes.ContractedWeeklyHours, changes.MaxDailyReceptions, changes.Availability);
        return errors;
    }

    private static void ValidateSkills(Dictionary<string, string[]> errors, IReadOnlyList<string> skills)
    {
        if (skills.Count > MaxSkills)
        {
            errors["skills"] = [$"At most {MaxSkills} skills."];
        }
        else if (skills.Any(skill => string.IsNullOrWhiteSpace(skill) || skill.Trim().Length > 50))
        {
            errors["skills"] = ["Every skill must be 1 to 50 characters."];
        }
    }

    private static void ValidateWorkPattern(
        Dictionary<string, string[]> errors, decimal? contractedWeeklyHours, int? maxDailyReceptions, IReadOnlyList<AvailabilityWindow>? availability)
    {
        if (contractedWeeklyHours is { } hours && (hours <= 0 || hours > MaxContractedWeeklyHours || decimal.Round(hours, 2) != hours))
        {
            errors["contractedWeeklyHours"] = [$"Contracted weekly hours must be above 0 and at most {MaxContractedWeeklyHours}, in hundredths at most."];
        }

        if (maxDailyReceptions is < 1 or > MaxDailyReceptionsLimit)
        {
            errors["maxDailyReceptions"] = [$"Maximum daily receptions must be between 1 and {MaxDailyReceptionsLimit}."];
        }

        if (availability is not null)
        {
            foreach (var (field, messages) in ValidateWeeklyWindows(availability, "availability"))
            {
                errors[field] = messages;
            }
        }
    }

    public static Dictionary<string, string[]> ValidateAvailability(IReadOnlyList<AvailabilityWindow> windows) =>
        ValidateWeeklyWindows(windows, "availability");

    /// <summary>
    /// Each window on its own, then every pair that overlaps, named by position in the list
    /// (an agent's availability, a store's opening hours).
    /// </summary>
    public static Dictionary<string, string[]> ValidateWeeklyWindows(IReadOnlyList<AvailabilityWindow> windows, string field)
    {
        var errors = new Dictionary<string, string[]>();
        if (windows.Count > MaxAvailabilityWindows)
        {
            errors[field] = [$"At most {MaxAvailabilityWindows} windows."];
            return errors;
        }

        for (var i = 0; i < windows.Count; i++)
        {
            var window = windows[i];
            var problems = new List<string>();
            if (!Enum.IsDefined(window.Day))
            {
                problems.Add("The day must be a day of the week.");
            }

            if (window.Start == window.End)
            {
                problems.Add("The window must not start and end at the same time.");
            }

            if (window.Start.Second != 0 || window.End.Second != 0 || window.Start.Millisecond != 0 || window.End.Millisecond != 0)
            {
                problems.Add("Times are whole minutes.");
            }

            for (var j = 0; j < i && problems.Count == 0; j++)
            {
                if (Enum.IsDefined(windows[j].Day) && windows[j].Start != windows[j].End && window.Overlaps(windows[j]))
                {
                    problems.Add($"It overlaps {field}[{j}].");
                }
            }

            if (problems.Count > 0)
            {
                errors[$"{field}[{i}]"] = [.. problems];
            }
        }

        return errors;
    }

    /// <summary>Windows in week order, so equal availabilities read and compare the same.</summary>
    public static List<AvailabilityWindow> NormaliseAvailability(IEnumerable<AvailabilityWindow>? windows) =>
        (windows ?? []).OrderBy(window => window.StartMinuteOfWeek).ToList();

    /// <summary>Skills compare without regard to case or surrounding spaces; duplicates collapse.</summary>
    public static List<string> NormaliseSkills(IEnumerable<string>? skills) =>
        (skills ?? []).Select(skill => skill.Trim().ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal).ToList();
}
