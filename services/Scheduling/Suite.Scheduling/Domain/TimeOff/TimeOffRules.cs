namespace Suite.Scheduling.Domain.TimeOff;

/// <summary>What makes a time-off request acceptable; every problem at once, per field.</summary>
public static class TimeOffRules
{
    /// <summary>Longer absences (maternity, long sickness) are HR matters, not a leader's approval.</summary>
    public const int MaxDays = 31;
    public const int MaxNoteLength = 500;
    public const int MaxReasonLength = 500;

    /// <summary>Days a centre plans for; far-off dates are typing mistakes, and the calendar's ends cannot be shifted across time zones.</summary>
    public static readonly DateOnly EarliestDay = new(2000, 1, 1);
    public static readonly DateOnly LatestDay = new(2099, 12, 31);

    public static bool IsPlannableDay(DateOnly day) => day >= EarliestDay && day <= LatestDay;

    public static Dictionary<string, string[]> Validate(DateOnly? firstDay, DateOnly? lastDay, TimeOnly? startTime, TimeOnly? endTime, string? note)
    {
        var errors = new Dictionary<string, string[]>();
        if (firstDay is null)
        {
            errors["firstDay"] = ["firstDay is required (yyyy-MM-dd)."];
        }
        else if (!IsPlannableDay(firstDay.Value))
        {
            errors["firstDay"] = [$"firstDay must be between {EarliestDay:yyyy-MM-dd} and {LatestDay:yyyy-MM-dd}."];
        }

        if (lastDay is null)
        {
            errors["lastDay"] = ["lastDay is required (yyyy-MM-dd); the same as firstDay for one day."];
        }
        else if (!IsPlannableDay(lastDay.Value))
        {
            errors["lastDay"] = [$"lastDay must be between {EarliestDay:yyyy-MM-dd} and {LatestDay:yyyy-MM-dd}."];
        }
        else if (firstDay is { } first && (lastDay < first || lastDay.Value.DayNumber - first.DayNumber + 1 > MaxDays))
        {
            errors["lastDay"] = [$"lastDay must be on or after firstDay, at most {MaxDays} days in all."];
        }

        if ((startTime is null) != (endTime is null))
        {
            errors[startTime is null ? "startTime" : "endTime"] = ["A part day needs both startTime and endTime; whole days need neither."];
        }
        else if (startTime is { } start && endTime is { } end)
        {
            if (end <= start)
            {
                errors["endTime"] = ["endTime must be after startTime."];
            }

            if (firstDay != lastDay)
            {
                errors["startTime"] = ["A part day off is a single day: firstDay and lastDay must be the same."];
            }
        }

        if (note is { Length: > MaxNoteLength })
        {
            errors["note"] = [$"note is at most {MaxNoteLength} characters."];
        }

        return errors;
    }

    /// <summary>A rejection must say why, so the agent can ask for other days.</summary>
    public static Dictionary<string, string[]> ValidateDecisionReason(string? reason, bool required)
    {
        var errors = new Dictionary<string, string[]>();
        if (required && string.IsNullOrWhiteSpace(reason))
        {
            errors["reason"] = ["reason is required."];
        }
        else if (reason is { Length: > MaxReasonLength })
        {
            errors["reason"] = [$"reason is at most {MaxReasonLength} characters."];
        }

        return errors;
    }
}
