namespace Suite.Quality.Domain;

/// <summary>What the requests that move an evaluation along must carry.</summary>
public static class EvaluationRules
{
    public static Dictionary<string, string[]> ValidateNew(Guid? conversationId, IReadOnlyDictionary<string, CriterionOutcome>? answers, string? comment)
    {
        var errors = new Dictionary<string, string[]>();
        if (conversationId is null || conversationId == Guid.Empty)
        {
            errors["conversationId"] = ["conversationId is required."];
        }

        if (answers is null || answers.Count == 0)
        {
            errors["answers"] = ["answers are required: the outcome of each criterion by its key."];
        }

        CheckText(errors, "comment", comment, required: false);
        return errors;
    }

    public static Dictionary<string, string[]> ValidateDispute(string? reason)
    {
        var errors = new Dictionary<string, string[]>();
        CheckText(errors, "reason", reason, required: true);
        return errors;
    }

    public static Dictionary<string, string[]> ValidateReview(IReadOnlyDictionary<string, CriterionOutcome>? answers, string? comment)
    {
        var errors = new Dictionary<string, string[]>();
        if (answers is { Count: 0 })
        {
            errors["answers"] = ["answers, when given, re-score the evaluation and must not be empty; leave them out to uphold the score."];
        }

        CheckText(errors, "comment", comment, required: true);
        return errors;
    }

    private static void CheckText(Dictionary<string, string[]> errors, string field, string? text, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(text))
        {
            errors[field] = [$"{field} is required."];
        }
        else if (text is not null && text.Trim().Length > Evaluation.MaxTextLength)
        {
            errors[field] = [$"{field} must be at most {Evaluation.MaxTextLength} characters."];
        }
    }
}
