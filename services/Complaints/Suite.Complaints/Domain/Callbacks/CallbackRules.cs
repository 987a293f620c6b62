namespace Suite.Complaints.Domain.Callbacks;

/// <summary>What makes a callback, an attempt or an outcome acceptable, per field.</summary>
public static class CallbackRules
{
    public const int MaxNotesLength = 2000;
    public const int MaxAttempts = 50;

    /// <summary>Callbacks are planned within a month; further out is a typing mistake.</summary>
    public static readonly TimeSpan MaxLeadTime = TimeSpan.FromDays(31);

    public static Dictionary<string, string[]> ValidateSchedule(DateTimeOffset? dueAt, Guid? agentId, string? note, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        if (dueAt is null)
        {
            errors["dueAt"] = ["The time the callback is due by is required."];
        }
        else if (dueAt > now + MaxLeadTime)
        {
            errors["dueAt"] = [$"A callback is due within {MaxLeadTime.TotalDays} days."];
        }

        if (agentId == Guid.Empty)
        {
            errors["agentId"] = ["Agent id, when given, must be an agent's id."];
        }

        Notes(errors, "note", note);
        return errors;
    }

    public static Dictionary<string, string[]> ValidateAttempt(DateTimeOffset? at, bool? reached, string? notes, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        if (at > now + ComplaintRules.ClockSkew)
        {
            errors["at"] = ["A call cannot have been made in the future."];
        }

        if (reached is null)
        {
            errors["reached"] = ["Say whether the customer was reached (true or false)."];
        }

        Notes(errors, "notes", notes);
        return errors;
    }

    public static Dictionary<string, string[]> ValidateOutcome(CallbackOutcome? outcome, string? note)
    {
        var errors = new Dictionary<string, string[]>();
        if (outcome is not { } given || !Enum.IsDefined(given))
        {
            errors["outcome"] = ["Outcome is required: review-revised or review-not-revised."];
        }

        Notes(errors, "note", note);
        return errors;
    }

    private static void Notes(Dictionary<string, string[]> errors, string field, string? text)
    {
        if (text is not null && text.Trim().Length > MaxNotesLength)
        {
            errors[field] = [$"At most {MaxNotesLength} characters."];
        }
    }
}
