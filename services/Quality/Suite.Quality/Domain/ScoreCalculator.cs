namespace Suite.Quality.Domain;

/// <summary>One section's part of a score: null when every scored criterion in it was N/A.</summary>
public sealed record SectionScore(string Key, decimal Earned, decimal Possible, decimal? Score, bool Zeroed);

/// <summary>
/// The score of an evaluation, 0 to 100 with 2 decimals. AutoFailed says a critical criterion of
/// evaluation scope was not met; FailedCriticalCriteria names every critical criterion not met.
/// </summary>
public sealed record EvaluationScore(
    decimal Score,
    decimal Earned,
    decimal Possible,
    bool AutoFailed,
    IReadOnlyList<string> FailedCriticalCriteria,
    IReadOnlyList<SectionScore> Sections);

/// <summary>
/// Scores an evaluation against a scorecard version:
/// - standard and critical criteria earn their weight when met; N/A leaves them out of the denominator;
/// - a critical criterion not met zeroes its section (section scope) or the whole evaluation (evaluation scope);
/// - bonus criteria add their weight when met and are never in the denominator; a zeroed section or
///   evaluation earns no bonus; the score is capped at 100.
/// </summary>
public static class ScoreCalculator
{
    public static Dictionary<string, string[]> ValidateAnswers(
        IReadOnlyList<ScorecardSection> sections, IReadOnlyDictionary<string, CriterionOutcome> answers)
    {
        var errors = new Dictionary<string, string[]>();
        var criteria = sections.SelectMany(section => section.Criteria).ToDictionary(criterion => criterion.Key);
        foreach (var key in answers.Keys.Where(key => !criteria.ContainsKey(key)))
        {
            errors[$"answers.{key}"] = ["The scorecard has no criterion with this key."];
        }

        var possible = 0m;
        foreach (var criterion in criteria.Values)
        {
            var answered = answers.TryGetValue(criterion.Key, out var outcome);
            if (!answered && criterion.Kind != CriterionKind.Bonus)
            {
                errors[$"answers.{criterion.Key}"] = ["Every standard and critical criterion must be answered."];
            }
            else if (answered && outcome == CriterionOutcome.NotApplicable && !criterion.AllowNotApplicable)
            {
                errors[$"answers.{criterion.Key}"] = ["This criterion may not be answered N/A."];
            }
            else if (answered && outcome != CriterionOutcome.NotApplicable && criterion.Kind != CriterionKind.Bonus)
            {
                possible += criterion.Weight;
            }
        }

        if (errors.Count == 0 && possible == 0)
        {
            errors["answers"] = ["Every weighted criterion was answered N/A: there is nothing to score."];
        }

        return errors;
    }

    /// <summary>Call only with answers that passed <see cref="ValidateAnswers"/>.</summary>
    public static EvaluationScore Calculate(IReadOnlyList<ScorecardSection> sections, IReadOnlyDictionary<string, CriterionOutcome> answers)
    {
        var failedCritical = new List<string>();
        var autoFailed = false;
        var sectionScores = new List<SectionScore>();
        foreach (var section in sections)
        {
            decimal earned = 0, possible = 0, bonus = 0;
            var zeroed = false;
            foreach (var criterion in section.Criteria)
            {
                var outcome = answers.GetValueOrDefault(criterion.Key, CriterionOutcome.NotMet);
                if (criterion.Kind == CriterionKind.Bonus)
                {
                    bonus += outcome == CriterionOutcome.Met ? criterion.Weight : 0;
                    continue;
                }

                if (outcome == CriterionOutcome.NotApplicable)
                {
                    continue;
                }

                possible += criterion.Weight;
                earned += outcome == CriterionOutcome.Met ? criterion.Weight : 0;
                if (criterion.Kind == CriterionKind.Critical && outcome == CriterionOutcome.NotMet)
                {
                    failedCritical.Add(criterion.Key);
                    zeroed = true;
                    autoFailed |= criterion.CriticalScope != CriticalScope.Section;
                }
            }

            var sectionEarned = zeroed ? 0 : earned + bonus;
            sectionScores.Add(new SectionScore(section.Key, sectionEarned, possible, Percent(sectionEarned, possible), zeroed));
        }

        var totalPossible = sectionScores.Sum(section => section.Possible);
        var totalEarned = autoFailed ? 0 : sectionScores.Sum(section => section.Earned);
        if (autoFailed)
        {
            sectionScores = sectionScores.Select(section => section with { Earned = 0, Score = section.Score is null ? null : 0, Zeroed = true }).ToList();
        }

        return new EvaluationScore(
            Percent(totalEarned, totalPossible) ?? throw new ArgumentException("Nothing to score: validate the answers first.", nameof(answers)),
            totalEarned, totalPossible, autoFailed, failedCritical, sectionScores);
    }

    private static decimal? Percent(decimal earned, decimal possible) =>
        possible == 0 ? null : Math.Min(100m, decimal.Round(earned * 100m / possible, 2, MidpointRounding.AwayFromZero));
}
