namespace Suite.Training.Domain;

/// <summary>The remedial table's rules, and which of them an evaluation or a complaint triggers.</summary>
public static class RemedialRules
{
    public const int MaxCodeLength = 100;
    public const int MaxDueAfterDays = 90;

    /// <summary>The verdict on a criterion that leads to remedial training; "met" and "not-applicable" do not.</summary>
    public const string NotMet = "not-met";

    /// <summary>Codes and categories are matched without regard to case or surrounding spaces.</summary>
    public static string Normalise(string? code) => (code ?? "").Trim().ToLowerInvariant();

    public static Dictionary<string, string[]> Validate(NewRemedialRule rule, bool courseExists)
    {
        var errors = new Dictionary<string, string[]>();
        switch (rule.Kind)
        {
            case RemedialCauseKind.RedLine or RemedialCauseKind.ComplaintCategory or RemedialCauseKind.Criterion:
                if (string.IsNullOrWhiteSpace(rule.Code) || rule.Code.Trim().Length > MaxCodeLength)
                {
                    errors["code"] = [$"The red-line code, complaint category or criterion key is required, at most {MaxCodeLength} characters."];
                }
                else if (rule.Kind == RemedialCauseKind.Criterion && !IsCriterionKey(rule.Code))
                {
                    errors["code"] = ["A criterion rule's code is the scorecard's section key and criterion key joined by '/', e.g. \"opening/greets-by-name\"."];
                }

                if (rule.ScoreBelow is not null)
                {
                    errors["scoreBelow"] = ["Only a low-score rule has a threshold."];
                }

                break;
            case RemedialCauseKind.LowScore:
                if (rule.ScoreBelow is not (> 0 and <= 100))
                {
                    errors["scoreBelow"] = ["A low-score rule needs a threshold above 0 and at most 100."];
                }

                if (!string.IsNullOrWhiteSpace(rule.Code))
                {
                    errors["code"] = ["A low-score rule has no code."];
                }

                break;
            default:
                errors["kind"] = ["Kind must be one of red-line, low-score, complaint-category or criterion."];
                break;
        }

        if (!courseExists)
        {
            errors["courseId"] = [$"No course has id {rule.CourseId}."];
        }

        if (rule.DueAfterDays is < 1 or > MaxDueAfterDays)
        {
            errors["dueAfterDays"] = [$"Due after days must be between 1 and {MaxDueAfterDays}."];
        }

        return errors;
    }

    /// <summary>How a rule's code is stored, so that it compares equal to what events carry.</summary>
    public static string NormaliseCode(RemedialCauseKind kind, string? code) => kind switch
    {
        RemedialCauseKind.LowScore => "",
        RemedialCauseKind.Criterion when (code ?? "").Split('/') is [var section, var criterion] => CriterionKey(section, criterion),
        _ => Normalise(code),
    };

    /// <summary>The key a criterion rule is matched on: the verdict's section and criterion keys, normalised.</summary>
    public static string CriterionKey(string? sectionKey, string? criterionKey) => $"{Normalise(sectionKey)}/{Normalise(criterionKey)}";

    /// <summary>
    /// One match per red line hit that has a rule, one per criterion judged not met that has a rule, and one
    /// if the score is under the low-score threshold. Criteria left out (null) by older publishers match nothing.
    /// </summary>
    public static List<RemedialMatch> ForEvaluation(
        Guid evaluationId, decimal score, IEnumerable<string> redLineCodes, IReadOnlyList<RemedialRule> rules, IEnumerable<(string SectionKey, string CriterionKey, string Outcome)>? criteria = null)
    {
        var matches = new List<RemedialMatch>();
        var notMet = (criteria ?? [])
            .Where(verdict => Normalise(verdict.Outcome) == NotMet)
            .Select(verdict => CriterionKey(verdict.SectionKey, verdict.CriterionKey))
            .Distinct();
        foreach (var key in notMet)
        {
            if (rules.FirstOrDefault(rule => rule.Kind == RemedialCauseKind.Criterion && rule.Code == key) is { } rule)
            {
                matches.Add(new RemedialMatch($"evaluation:{evaluationId}:criterion:{key}", rule.CourseId,
                    $"Criterion {key} not met in QA evaluation {evaluationId}.", rule.DueAfterDays));
            }
        }

        foreach (var code in redLineCodes.Select(Normalise).Distinct())
        {
            if (rules.FirstOrDefault(rule => rule.Kind == RemedialCauseKind.RedLine && rule.Code == code) is { } rule)
            {
                matches.Add(new RemedialMatch($"evaluation:{evaluationId}:red-line:{code}", rule.CourseId,
                    $"Red line {code} crossed in QA evaluation {evaluationId}.", rule.DueAfterDays));
            }
        }

        if (rules.FirstOrDefault(rule => rule.Kind == RemedialCauseKind.LowScore) is { ScoreBelow: { } threshold } lowScore && score < threshold)
        {
            matches.Add(new RemedialMatch($"evaluation:{evaluationId}:low-score", lowScore.CourseId,
                $"QA evaluation {evaluationId} scored {score}, under {threshold}.", lowScore.DueAfterDays));
        }

        return matches;
    }

    /// <summary>A complaint leads to remedial training only when upheld against the agent and its category has a rule.</summary>
    public static List<RemedialMatch> ForComplaint(Guid complaintId, string category, bool upheldAgainstAgent, IReadOnlyList<RemedialRule> rules)
    {
        var normalised = Normalise(category);
        return upheldAgainstAgent
               && rules.FirstOrDefault(rule => rule.Kind == RemedialCauseKind.ComplaintCategory && rule.Code == normalised) is { } rule
            ? [new RemedialMatch($"complaint:{complaintId}", rule.CourseId, $"Complaint {complaintId} ({normalised}) upheld against the agent.", rule.DueAfterDays)]
            : [];
    }

    private static bool IsCriterionKey(string code)
    {
        var parts = code.Trim().Split('/');
        return parts.Length == 2 && parts.All(part => part.Trim().Length > 0);
    }
}
