namespace Suite.Scheduling.Domain.Rostering;

/// <summary>
/// The limits every roster keeps. <see cref="DefaultMaxWeeklyHours"/> applies to agents without
/// contracted hours; an agent's contracted hours are its own weekly ceiling.
/// </summary>
public sealed record RosterRules(
    double MinRestHours = RosterRules.StandardMinRestHours,
    int MaxConsecutiveDays = RosterRules.StandardMaxConsecutiveDays,
    double DefaultMaxWeeklyHours = RosterRules.StandardMaxWeeklyHours)
{
    public const double StandardMinRestHours = 11;
    public const int StandardMaxConsecutiveDays = 6;
    public const double StandardMaxWeeklyHours = 40;

    public static Dictionary<string, string[]> Validate(double? minRestHours, int? maxConsecutiveDays, double? defaultMaxWeeklyHours, string prefix)
    {
        var errors = new Dictionary<string, string[]>();
        if (minRestHours is { } rest && (!double.IsFinite(rest) || rest < 0 || rest > 48))
        {
            errors[$"{prefix}minRestHours"] = ["minRestHours must be between 0 and 48."];
        }

        if (maxConsecutiveDays is < 1 or > 31)
        {
            errors[$"{prefix}maxConsecutiveDays"] = ["maxConsecutiveDays must be between 1 and 31."];
        }

        if (defaultMaxWeeklyHours is { } hours && (!double.IsFinite(hours) || hours <= 0 || hours > 100))
        {
            errors[$"{prefix}defaultMaxWeeklyHours"] = ["defaultMaxWeeklyHours must be above 0 and at most 100."];
        }

        return errors;
    }
}
