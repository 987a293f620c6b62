namespace Suite.Scheduling.Domain.Staffing;

/// <summary>The ranges a staffing question must respect; every problem is reported at once, per field.</summary>
public static class StaffingRules
{
    public const double MaxContacts = 10_000_000;
    public const double MaxIntervalSeconds = 86_400;
    public const double MaxHandleSeconds = 86_400;
    public const double MaxServiceLevelSeconds = 86_400;
    public const double MaxConcurrency = 20;
    public const double MaxShrinkage = 0.95;
    public const int MaxAgents = 1_000_000;

    /// <summary>Bounds the work of one calculation; far above the largest centre.</summary>
    public const double MaxTrafficErlangs = 200_000;

    public static Dictionary<string, string[]> Validate(StaffingQuestion question)
    {
        var errors = ValidateRanges(question);
        if (errors.Count == 0 && StaffingCalculator.Traffic(question) > MaxTrafficErlangs)
        {
            errors["contacts"] = [$"The workload ({StaffingCalculator.Traffic(question):0} Erlangs) is above the {MaxTrafficErlangs:0} Erlangs one calculation handles; split the queue."];
        }

        return errors;
    }

    /// <summary>Each field on its own, for when some are missing and the workload cannot be judged yet.</summary>
    public static Dictionary<string, string[]> ValidateRanges(StaffingQuestion question)
    {
        var errors = new Dictionary<string, string[]>();
        Check(errors, "contacts", question.Contacts, 0, MaxContacts, includeLow: true, includeHigh: true);
        Check(errors, "intervalSeconds", question.IntervalSeconds, 1, MaxIntervalSeconds, includeLow: true, includeHigh: true);
        Check(errors, "ahtSeconds", question.HandleSeconds, 0, MaxHandleSeconds, includeLow: false, includeHigh: true);
        Check(errors, "serviceLevelTarget", question.ServiceLevelTarget, 0, 1, includeLow: false, includeHigh: false);
        Check(errors, "serviceLevelSeconds", question.ServiceLevelSeconds, 0, MaxServiceLevelSeconds, includeLow: true, includeHigh: true);
        Check(errors, "maxOccupancy", question.MaxOccupancy, 0, 1, includeLow: false, includeHigh: true);
        Check(errors, "shrinkage", question.Shrinkage, 0, MaxShrinkage, includeLow: true, includeHigh: true);
        Check(errors, "concurrency", question.Concurrency, 1, MaxConcurrency, includeLow: true, includeHigh: true);
        if (question.Agents is < 0 or > MaxAgents)
        {
            errors["agents"] = [$"agents must be between 0 and {MaxAgents}."];
        }

        return errors;
    }

    private static void Check(
        Dictionary<string, string[]> errors, string field, double value, double low, double high, bool includeLow, bool includeHigh)
    {
        var aboveLow = includeLow ? value >= low : value > low;
        var belowHigh = includeHigh ? value <= high : value < high;
        if (!double.IsFinite(value) || !aboveLow || !belowHigh)
        {
            errors[field] = [$"{field} must be a number {(includeLow ? "from" : "above")} {low} {(includeHigh ? "up to" : "and below")} {high}."];
        }
    }
}
