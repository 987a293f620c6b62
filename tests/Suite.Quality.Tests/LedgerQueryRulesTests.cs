using Suite.Quality.Domain;

namespace Suite.Quality.Tests;

public sealed class LedgerQueryRulesTests
{
    private static readonly DateOnly November1 = new(2026, 11, 1);
    private static readonly DateOnly November30 = new(2026, 11, 30);

    [Theory]
    [InlineData(null, null)]
    [InlineData("2026-11-01", null)]
    [InlineData(null, "2026-11-30")]
    [InlineData("2026-11-01", "2026-11-01")]
    [InlineData("2026-11-01", "2026-11-30")]
    public void Open_or_ordered_periods_are_valid(string? from, string? to) =>
        Assert.Empty(LedgerQueryRules.Validate(Parse(from), Parse(to)));

    [Fact]
    public void A_period_that_ends_before_it_starts_is_refused_on_from()
    {
        var errors = LedgerQueryRules.Validate(November30, November1);

        Assert.Equal(["from"], errors.Keys);
    }

    [Fact]
    public void The_window_covers_whole_utc_days_with_both_ends_included()
    {
        var (start, end) = LedgerQueryRules.OccurredWindow(November1, November30);

        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), start);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), end);
    }

    [Fact]
    public void Absent_bounds_and_the_last_day_of_the_calendar_leave_the_window_open()
    {
        Assert.Equal((null, null), LedgerQueryRules.OccurredWindow(null, null));
        Assert.Null(LedgerQueryRules.OccurredWindow(DateOnly.MinValue, DateOnly.MaxValue).End);
        Assert.Equal(DateTimeOffset.MinValue, LedgerQueryRules.OccurredWindow(DateOnly.MinValue, null).Start);
    }

    private static DateOnly? Parse(string? value) => value is null ? null : DateOnly.Parse(value);
}
