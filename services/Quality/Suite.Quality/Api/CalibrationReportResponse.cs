using Suite.Quality.Domain;

namespace Suite.Quality.Api;

/// <summary>
/// A closed session's report, and, since nothing is blind once it is closed, what each evaluator answered
/// on every criterion (an unanswered bonus counts as not met, as in scoring) with the score it gives.
/// </summary>
public sealed record CalibrationReportResponse(
    IReadOnlyList<CriterionSpread> Criteria,
    IReadOnlyList<ReferenceAgreement> AgreementWithReference,
    decimal ScoreMin,
    decimal ScoreMax,
    double ScoreStandardDeviation,
    string KappaMethod,
    int KappaSubjects,
    double? Kappa,
    IReadOnlyList<EvaluatorAnswers> Evaluators)
{
    public static CalibrationReportResponse From(CalibrationSession session, Scorecard scorecard)
    {
        var report = session.Report(scorecard);
        var criteria = scorecard.Sections.SelectMany(section => section.Criteria).ToList();
        var evaluators = session.EvaluatorIds
            .Select(evaluator => session.Submissions.Single(submission => submission.EvaluatorId == evaluator))
            .Select(submission => new EvaluatorAnswers(
                submission.EvaluatorId,
                submission.EvaluatorId == session.ReferenceEvaluatorId,
                ScoreCalculator.Calculate(scorecard.Sections, submission.Answers).Score,
                criteria.ToDictionary(criterion => criterion.Key, criterion => submission.Answers.GetValueOrDefault(criterion.Key, CriterionOutcome.NotMet))))
            .ToList();
        return new CalibrationReportResponse(
            report.Criteria, report.AgreementWithReference, report.ScoreMin, report.ScoreMax, report.ScoreStandardDeviation,
            report.KappaMethod, report.KappaSubjects, report.Kappa, evaluators);
    }
}

/// <summary>One evaluator's scoring of a closed calibration session: the answer per criterion key and the score.</summary>
public sealed record EvaluatorAnswers(string EvaluatorId, bool IsReference, decimal Score, IReadOnlyDictionary<string, CriterionOutcome> Answers);
