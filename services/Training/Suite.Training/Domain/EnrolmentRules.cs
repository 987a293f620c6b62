namespace Suite.Training.Domain;

/// <summary>What a supervisor's request to enrol an agent in a path must get right. Every problem at once, per field.</summary>
public static class EnrolmentRules
{
    public const int MaxReasonLength = 200;

    public const string AssignedBySupervisor = "assigned by a supervisor";

    public static Dictionary<string, string[]> Validate(Guid agentId, Guid learningPathId, DateOnly? dueOn, string? reason, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (agentId == Guid.Empty)
        {
            errors["agentId"] = ["The agent id is required."];
        }

        if (learningPathId == Guid.Empty)
        {
            errors["learningPathId"] = ["The learning path id is required."];
        }

        if (dueOn is { } due && due < today)
        {
            errors["dueOn"] = [$"The due date {due:yyyy-MM-dd} is in the past (today is {today:yyyy-MM-dd}); leave it out to use the path's number of days."];
        }

        if ((reason ?? "").Trim().Length > MaxReasonLength)
        {
            errors["reason"] = [$"Reason is at most {MaxReasonLength} characters."];
        }

        return errors;
    }
}
