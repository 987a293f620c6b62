using Suite.Quality.Domain;

namespace Suite.Quality.Tests;

/// <summary>
/// A pre-sales scorecard: service (greeting 10 N/A-able, courtesy 20, no-abuse critical for the whole
/// evaluation) and sales (recommendation 30 N/A-able, accuracy 40, no-false-promise critical for the
/// section, upsell bonus 5). 100 points in all.
/// </summary>
public static class Scorecards
{
    public static IReadOnlyList<ScorecardSection> PreSales { get; } =
    [
        new("service", "服务态度",
        [
            new("greeting", "Greets the customer", 10, CriterionKind.Standard, true, null),
            new("courtesy", "Courteous throughout", 20, CriterionKind.Standard, false, null),
            new("no-abuse", "No abuse (red line)", 0, CriterionKind.Critical, false, CriticalScope.Evaluation),
        ]),
        new("sales", "销售能力",
        [
            new("recommendation", "Recommends a matching product", 30, CriterionKind.Standard, true, null),
            new("accuracy", "Product facts are accurate", 40, CriterionKind.Standard, false, null),
            new("no-false-promise", "No false promise", 0, CriterionKind.Critical, false, CriticalScope.Section),
            new("upsell", "Sells an add-on", 5, CriterionKind.Bonus, false, null),
        ]),
    ];

    public static Dictionary<string, CriterionOutcome> AllMet(params (string Key, CriterionOutcome Outcome)[] except)
    {
        var answers = PreSales.SelectMany(section => section.Criteria)
            .Where(criterion => criterion.Kind != CriterionKind.Bonus)
            .ToDictionary(criterion => criterion.Key, _ => CriterionOutcome.Met);
        foreach (var (key, outcome) in except)
        {
            answers[key] = outcome;
        }

        return answers;
    }
}
