using System.Globalization;

namespace Suite.Quality.Domain;

/// <summary>One evaluation's place in a trend.</summary>
public sealed record ScoredEvaluation(DateTimeOffset CompletedAt, decimal Score, bool AutoFailed);

/// <summary>A month of QA: how many evaluations, their average score, and how many failed on a red line.</summary>
public sealed record QaMonth(int Year, int Month, int Evaluations, decimal AverageScore, int AutoFailed);

/// <summary>How finely a trend is cut.</summary>
public enum TrendGranularity
{
    Month = 1,

    /// <summary>ISO 8601 weeks, Monday to Sunday (UTC).</summary>
    Week,
}

/// <summary>A month ("2026-11") or an ISO week ("2026-W46") of QA, starting on <see cref="Start"/>.</summary>
public sealed record QaPeriod(string Period, DateOnly Start, int Evaluations, decimal AverageScore, int AutoFailed);

/// <summary>QA averages per calendar month or ISO week (UTC), oldest first; periods without evaluations are left out.</summary>
public static class QaTrend
{
    public static List<QaPeriod> Of(IEnumerable<ScoredEvaluation> evaluations, TrendGranularity granularity) =>
        evaluations
            .GroupBy(evaluation => PeriodOf(DateOnly.FromDateTime(evaluation.CompletedAt.UtcDateTime), granularity))
            .OrderBy(period => period.Key.Start)
            .Select(period => new QaPeriod(
                period.Key.Name, period.Key.Start, period.Count(),
                decimal.Round(period.Average(evaluation => evaluation.Score), 2, MidpointRounding.AwayFromZero),
                period.Count(evaluation => evaluation.AutoFailed)))
            .ToList();

    private static (string Name, DateOnly Start) PeriodOf(DateOnly day, TrendGranularity granularity)
    {
        if (granularity == TrendGranularity.Month)
        {
            return (string.Create(CultureInfo.InvariantCulture, $"{day.Year}-{day.Month:D2}"), new DateOnly(day.Year, day.Month, 1));
        }

        var date = day.ToDateTime(TimeOnly.MinValue);
        var year = ISOWeek.GetYear(date);
        var week = ISOWeek.GetWeekOfYear(date);
        return (string.Create(CultureInfo.InvariantCulture, $"{year}-W{week:D2}"),
            DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday)));
    }

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
