namespace Suite.Quality.Domain;

/// <summary>One evaluation's place in a trend.</summary>
public sealed record ScoredEvaluation(DateTimeOffset CompletedAt, decimal Score, bool AutoFailed);

/// <summary>A month of QA: how many evaluations, their average score, and how many failed on a red line.</summary>
public sealed record QaMonth(int Year, int Month, int Evaluations, decimal AverageScore, int AutoFailed);

/// <summary>QA averages per calendar month (UTC), oldest first; months without evaluations are left out.</summary>
public static class QaTrend
{
    public static List<QaMonth> Monthly(IEnumerable<ScoredEvaluation> evaluations) =>
        evaluations
            .GroupBy(evaluation => (evaluation.CompletedAt.UtcDateTime.Year, evaluation.CompletedAt.UtcDateTime.Month))
            .OrderBy(month => month.Key)
            .Select(month => new QaMonth(
                month.Key.Year, month.Key.Month, month.Count(),
                decimal.Round(month.Average(evaluation => evaluation.Score), 2, MidpointRounding.AwayFromZero),
                month.Count(evaluation => evaluation.AutoFailed)))
            .ToList();
}
