namespace Suite.Scheduling.Domain.Rostering;

/// <summary>The hard rules of a roster; a manual edit or a swap that breaks one is refused, naming it.</summary>
public enum RosterRule
{
    Qualification = 1,
    Availability = 2,
    TimeOff = 3,
    OneShiftPerDay = 4,
    MaxWeeklyHours = 5,
    MinRest = 6,
    MaxConsecutiveDays = 7,

    /// <summary>The shift's template is not offered on that weekday (generation only ever uses offered days).</summary>
    ShiftTemplateDay = 8,
}

/// <summary>One rule one assignment breaks, with what and where in words a planner reads.</summary>
public sealed record RuleViolation(RosterRule Rule, Guid AgentId, DateOnly Day, string Message);
