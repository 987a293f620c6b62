namespace Suite.Quality.Domain;

/// <summary>One evaluator's blind scoring of the calibration conversation.</summary>
public sealed record CalibrationScoring(string EvaluatorId, IReadOnlyDictionary<string, CriterionOutcome> Answers);

/// <summary>
/// How the evaluators answered one criterion: the count of each outcome, the share who gave the most
/// common answer, and the standard deviation of the points they awarded (0 when all agree).
/// </summary>
public sealed record CriterionSpread(string Key, int Met, int NotMet, int NotApplicable, double ModalShare, double PointsStandardDeviation);

/// <summary>How one evaluator compares with the reference: the share of criteria answered alike, and the score difference.</summary>
public sealed record ReferenceAgreement(string EvaluatorId, double CriteriaAgreement, decimal Score, decimal ScoreDifference);

/// <summary>
/// The outcome of a calibration session. Kappa is computed on the pass/fail criteria (met / not met)
/// that every evaluator answered with one of the two: Cohen's with two evaluators, Fleiss' with more.
/// </summary>
public sealed record CalibrationReport(
    IReadOnlyList<CriterionSpread> Criteria,
    IReadOnlyList<ReferenceAgreement> AgreementWithReference,
    decimal ScoreMin,
    decimal ScoreMax,
    double ScoreStandardDeviation,
    string KappaMethod,
    int KappaSubjects,
    double? Kappa)
{
    public const string Cohen = "cohen";
    public const string Fleiss = "fleiss";

    /// <summary>Every scoring must have passed <see cref="ScoreCalculator.ValidateAnswers"/>; the reference is one of the evaluators.</summary>
    public static CalibrationReport Build(IReadOnlyList<ScorecardSection> sections, string referenceEvaluatorId, IReadOnlyList<CalibrationScoring> scorings)
    {
        if (scorings.Count < 2)
        {
            throw new ArgumentException("Calibration needs at least two evaluators.", nameof(scorings));
        }

        var reference = scorings.Single(scoring => scoring.EvaluatorId == referenceEvaluatorId);
        var criteria = sections.SelectMany(section => section.Criteria).ToList();
        var scores = scorings.ToDictionary(scoring => scoring.EvaluatorId, scoring => ScoreCalculator.Calculate(sections, scoring.Answers).Score);

        var spreads = criteria.Select(criterion =>
        {
            var outcomes = scorings.Select(scoring => Outcome(scoring, criterion)).ToList();
            var points = outcomes.Select(outcome => outcome == CriterionOutcome.Met ? (double)criterion.Weight : 0).ToList();
            return new CriterionSpread(
                criterion.Key,
                outcomes.Count(outcome => outcome == CriterionOutcome.Met),
                outcomes.Count(outcome => outcome == CriterionOutcome.NotMet),
                outcomes.Count(outcome => outcome == CriterionOutcome.NotApplicable),
                outcomes.CountBy(outcome => outcome).Max(group => group.Value) / (double)outcomes.Count,
                StandardDeviation(points));
        }).ToList();

        var agreement = scorings.Where(scoring => scoring.EvaluatorId != referenceEvaluatorId)
            .Select(scoring => new ReferenceAgreement(
                scoring.EvaluatorId,
                criteria.Count(criterion => Outcome(scoring, criterion) == Outcome(reference, criterion)) / (double)criteria.Count,
                scores[scoring.EvaluatorId],
                scores[scoring.EvaluatorId] - scores[referenceEvaluatorId]))
            .ToList();

        var passFail = criteria
            .Select(criterion => scorings.Select(scoring => Outcome(scoring, criterion)).ToList())
            .Where(outcomes => outcomes.All(outcome => outcome != CriterionOutcome.NotApplicable))
            .ToList();
        var method = scorings.Count == 2 ? Cohen : Fleiss;
        double? kappa = passFail.Count == 0 ? null
            : method == Cohen
                ? Domain.Kappa.Cohen(passFail.Select(outcomes => (outcomes[0], outcomes[1])).ToList())
                : Domain.Kappa.Fleiss(passFail.Select(outcomes => (IReadOnlyDictionary<CriterionOutcome, int>)outcomes.CountBy(outcome => outcome).ToDictionary()).ToList());

        return new CalibrationReport(
            spreads, agreement, scores.Values.Min(), scores.Values.Max(),
            StandardDeviation(scores.Values.Select(score => (double)score).ToList()), method, passFail.Count, kappa);
    }

    /// <summary>A bonus left unanswered is not met, as in scoring.</summary>
    private static CriterionOutcome Outcome(CalibrationScoring scoring, ScorecardCriterion criterion) =>
        scoring.Answers.GetValueOrDefault(criterion.Key, CriterionOutcome.NotMet);

    /// <summary>Population standard deviation: the evaluators of a session are all there are, not a sample.</summary>
    private static double StandardDeviation(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Average(value => (value - mean) * (value - mean)));
    }
}
