namespace Suite.Quality.Domain;

/// <summary>One answered criterion, placed in its section.</summary>
public sealed record SectionedVerdict(string SectionKey, string CriterionKey, CriterionOutcome Outcome);

/// <summary>
/// The answers of an evaluation in the scorecard's own order, each with the section it belongs to:
/// answers are keyed by criterion alone, and other services group verdicts by section.
/// </summary>
public static class CriterionVerdicts
{
    public static List<SectionedVerdict> Of(IReadOnlyList<ScorecardSection> sections, IReadOnlyDictionary<string, CriterionOutcome> answers) =>
        sections.SelectMany(section => section.Criteria
                .Where(criterion => answers.ContainsKey(criterion.Key))
                .Select(criterion => new SectionedVerdict(section.Key, criterion.Key, answers[criterion.Key])))
            .ToList();
}
