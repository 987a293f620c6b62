using Suite.Contracts;

namespace Suite.Complaints.Domain;

/// <summary>What makes a requested change to a filed complaint acceptable, per field.</summary>
public static class ChangeRules
{
    public const int MaxNoteLength = 2000;
    public const int MaxReasonLength = 500;

    public static Dictionary<string, string[]> ValidateMove(ComplaintStatus to, Guid expectedVersion, string? note)
    {
        var errors = ValidateCommon(expectedVersion, note);
        if (!Enum.IsDefined(to))
        {
            errors["to"] = [$"To is required: one of {string.Join(", ", WireNames.All<ComplaintStatus>())}."];
        }
        else if (to == ComplaintStatus.Resolved)
        {
            errors["to"] = ["A complaint is resolved with its outcome and root cause: use its resolution instead."];
        }
        else if (to == ComplaintStatus.New)
        {
            errors["to"] = ["No complaint goes back to new."];
        }

        return errors;
    }

    public static Dictionary<string, string[]> ValidateSeverity(ComplaintSeverity severity, Guid expectedVersion, string? reason)
    {
        var errors = ValidateCommon(expectedVersion, null);
        if (!Enum.IsDefined(severity))
        {
            errors["severity"] = [$"Severity is required: one of {string.Join(", ", WireNames.All<ComplaintSeverity>())}."];
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > MaxReasonLength)
        {
            errors["reason"] = [$"A reason is required for overriding the rules, at most {MaxReasonLength} characters."];
        }

        return errors;
    }

    public static Dictionary<string, string[]> ValidateResolution(ResolutionDetails details, Guid expectedVersion, Guid? agentId)
    {
        var errors = ValidateCommon(expectedVersion, details.Note);
        if (!Enum.IsDefined(details.Outcome))
        {
            errors["outcome"] = [$"Outcome is required: one of {string.Join(", ", WireNames.All<ResolutionOutcome>())}."];
        }

        if (!Enum.IsDefined(details.RootCause))
        {
            errors["rootCause"] = [$"Root cause is required: one of {string.Join(", ", WireNames.All<RootCause>())}."];
        }

        if (details.UpheldAgainstAgent && agentId is null)
        {
            errors["upheldAgainstAgent"] = ["The complaint names no agent, so it cannot be upheld against one."];
        }

        return errors;
    }

    /// <summary>A person escalates to a role of the chain, never to a bare warning, and says why.</summary>
    public static Dictionary<string, string[]> ValidateEscalation(Escalations.EscalationStage stage, Guid expectedVersion, string? reason)
    {
        var errors = ValidateCommon(expectedVersion, null);
        if (!Enum.IsDefined(stage) || stage == Escalations.EscalationStage.Warning)
        {
            errors["stage"] = ["Stage is required: one of team-leader, supervisor, manager."];
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > MaxReasonLength)
        {
            errors["reason"] = [$"A reason is required for escalating, at most {MaxReasonLength} characters."];
        }

        return errors;
    }

    private static Dictionary<string, string[]> ValidateCommon(Guid expectedVersion, string? note)
    {
        var errors = new Dictionary<string, string[]>();
        if (expectedVersion == Guid.Empty)
        {
            errors["expectedVersion"] = ["The version of the complaint the change was based on is required (its 'version' or ETag)."];
        }

        if (note is not null && note.Trim().Length > MaxNoteLength)
        {
            errors["note"] = [$"A note is at most {MaxNoteLength} characters."];
        }

        return errors;
    }
}
