using Suite.Quality.Domain;

namespace Suite.Quality.Tests;

public sealed class QaTrendTests
{
    private static ScoredEvaluation At(int month, int day, decimal score, bool autoFailed = false) =>
        new(new DateTimeOffset(2026, month, day, 23, 30, 0, TimeSpan.FromHours(-2)), score, autoFailed);

    [Fact]
    public void Evaluations_are_averaged_per_utc_month_oldest_first()
    {
        // 31 October 23:30 at UTC-2 is 1 November in UTC.
        var months = QaTrend.Monthly([At(11, 5, 90), At(10, 31, 80), At(10, 3, 70), At(11, 20, 0, autoFailed: true), At(10, 10, 95)]);

        Assert.Equal([(2026, 10, 2, 82.5m, 0), (2026, 11, 3, 56.67m, 1)],
            months.Select(month => (month.Year, month.Month, month.Evaluations, month.AverageScore, month.AutoFailed)));
        Assert.Empty(QaTrend.Monthly([]));
    }
}
