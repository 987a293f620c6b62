namespace Suite.Training.Domain;

/// <summary>What makes a scenario and a drill's scoring acceptable, and how a drill's score is worked out.</summary>
public static class DrillRules
{
    public const int MaxTitleLength = 150;
    public const int MaxPersonaLength = 1000;
    public const int MaxSituationLength = 4000;
    public const int MaxKeyPoints = 20;
    public const int MaxKeyPointLength = 300;
    public const int MaxFeedbackLength = 4000;

    /// <summary>The rubric per key point: 0 not covered, 1 touched on, 2 covered, 3 covered well, 4 exemplary.</summary>
    public const int MaxPointScore = 4;

    public static Dictionary<string, string[]> Validate(NewScenario scenario)
    {
        var errors = new Dictionary<string, string[]>();
        Text(scenario.Title, MaxTitleLength, "title", errors);
        Text(scenario.CustomerPersona, MaxPersonaLength, "customerPersona", errors);
        Text(scenario.Situation, MaxSituationLength, "situation", errors);
        if (!Enum.IsDefined(scenario.Category))
        {
            errors["category"] = ["Category must be one of the course categories, e.g. after-sales."];
        }

        var points = scenario.KeyPoints ?? [];
        if (points.Count is 0 or > MaxKeyPoints)
        {
            errors["keyPoints"] = [$"A scenario has 1 to {MaxKeyPoints} key points a good answer must cover."];
        }
        else
        {
            for (var i = 0; i < points.Count; i++)
            {
                Text(points[i], MaxKeyPointLength, $"keyPoints[{i}]", errors);
            }
        }

        return errors;
    }

    public static Dictionary<string, string[]> ValidateScoring(IReadOnlyList<int>? pointScores, string? feedback, int keyPointCount)
    {
        var errors = new Dictionary<string, string[]>();
        if (pointScores is null || pointScores.Count != keyPointCount)
        {
            errors["pointScores"] = [$"One score per key point of the scenario: {keyPointCount} scores."];
        }
        else
        {
            for (var i = 0; i < pointScores.Count; i++)
            {
                if (pointScores[i] is < 0 or > MaxPointScore)
                {
                    errors[$"pointScores[{i}]"] = [$"A rubric score is from 0 (not covered) to {MaxPointScore} (exemplary)."];
                }
            }
        }

        Text(feedback, MaxFeedbackLength, "feedback", errors);
        return errors;
    }

    /// <summary>The rubric scores as a share of the best possible, two decimals.</summary>
    public static decimal ScorePercent(IReadOnlyList<int> pointScores) => pointScores.Count == 0
        ? 0m
        : Math.Round(100m * pointScores.Sum() / (MaxPointScore * pointScores.Count), 2, MidpointRounding.AwayFromZero);

    private static void Text(string? value, int max, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > max)
        {
            errors[field] = [$"Required, at most {max} characters."];
        }
    }
}
