using Suite.Complaints.Domain.Sla;

namespace Suite.Complaints.Tests;

public sealed class BusinessClockTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    internal static IEnumerable<OpeningHours> Weekdays(int open, int close) =>
        new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(day => new OpeningHours(day, TimeSpan.FromHours(open), TimeSpan.FromHours(close)));

    private static IEnumerable<OpeningHours> EveryDay(TimeSpan open, TimeSpan close) =>
        Enum.GetValues<DayOfWeek>().Select(day => new OpeningHours(day, open, close));

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void Always_open_counts_every_instant()
    {
        var start = Utc(2026, 3, 28, 23);

        Assert.Equal(start.AddHours(5), BusinessClock.AlwaysOpen.Add(start, TimeSpan.FromHours(5)));
        Assert.Equal(TimeSpan.FromHours(5), BusinessClock.AlwaysOpen.Between(start, start.AddHours(5)));
        Assert.Equal(TimeSpan.Zero, BusinessClock.AlwaysOpen.Between(start, start.AddHours(-1)));
    }

    [Fact]
    public void Time_within_one_opening_counts_as_it_passes()
    {
        var clock = BusinessClock.For(Shanghai, Weekdays(9, 18), []);
        // Thursday 10:00 in Shanghai (UTC+8).
        var start = Utc(2026, 11, 26, 2);

        Assert.Equal(Utc(2026, 11, 26, 4), clock.Add(start, TimeSpan.FromHours(2)));
        Assert.Equal(TimeSpan.FromHours(2), clock.Between(start, Utc(2026, 11, 26, 4)));
    }

    [Fact]
    public void A_complaint_filed_out_of_hours_starts_its_clock_at_the_next_opening()
    {
        var clock = BusinessClock.For(Shanghai, Weekdays(9, 18), []);
        // Saturday 2026-11-28 15:00 in Shanghai: the desk next opens on Monday at 09:00 (01:00 UTC).
        var saturday = Utc(2026, 11, 28, 7);

        Assert.Equal(Utc(2026, 11, 30, 1), clock.Add(saturday, TimeSpan.Zero));
        Assert.Equal(Utc(2026, 11, 30, 3), clock.Add(saturday, TimeSpan.FromHours(2)));
        Assert.Equal(TimeSpan.Zero, clock.Between(saturday, Utc(2026, 11, 30, 1)));
        // Filed on Friday evening after closing.
        Assert.Equal(Utc(2026, 11, 30, 1, 30), clock.Add(Utc(2026, 11, 27, 12), TimeSpan.FromMinutes(30)));
    }

    [Fact]
    public void Targets_carry_over_closing_time_and_skip_holidays()
    {
        var clock = BusinessClock.For(Shanghai, Weekdays(9, 18), [new DateOnly(2026, 11, 27)]);
        // Thursday 17:00 local + 3 open hours: 1 hour on Thursday, Friday is a holiday, 2 hours on Monday.
        var start = Utc(2026, 11, 26, 9);

        Assert.Equal(Utc(2026, 11, 30, 3), clock.Add(start, TimeSpan.FromHours(3)));
        Assert.Equal(TimeSpan.FromHours(3), clock.Between(start, Utc(2026, 11, 30, 3)));
    }

    [Fact]
    public void A_lunch_break_does_not_count()
    {
        var hours = new[] { DayOfWeek.Thursday }.SelectMany(day => new[]
        {
            new OpeningHours(day, TimeSpan.FromHours(13.5), TimeSpan.FromHours(18)),
            new OpeningHours(day, TimeSpan.FromHours(9), TimeSpan.FromHours(12)),
        });
        var clock = BusinessClock.For(Shanghai, hours, []);
        // Thursday 11:00 local + 2 hours: 1 hour before lunch, 1 hour after 13:30.
        Assert.Equal(Utc(2026, 11, 26, 6, 30), clock.Add(Utc(2026, 11, 26, 3), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Opening_instants_follow_the_spring_forward_change()
    {
        var clock = BusinessClock.For(London, Weekdays(9, 17), []);
        // Friday 2026-03-27 16:00 GMT (= UTC). Clocks go forward on Sunday 29 March, so Monday 09:00 BST is 08:00 UTC.
        var friday = Utc(2026, 3, 27, 16);

        Assert.Equal(Utc(2026, 3, 30, 9), clock.Add(friday, TimeSpan.FromHours(2)));
        Assert.Equal(TimeSpan.FromHours(2), clock.Between(friday, Utc(2026, 3, 30, 9)));
    }

    [Fact]
    public void Opening_instants_follow_the_fall_back_change()
    {
        var clock = BusinessClock.For(London, Weekdays(9, 17), []);
        // Friday 2026-10-23 16:00 BST is 15:00 UTC. Clocks go back on Sunday 25 October: Monday 09:00 GMT is 09:00 UTC.
        var friday = Utc(2026, 10, 23, 15);

        Assert.Equal(Utc(2026, 10, 26, 10), clock.Add(friday, TimeSpan.FromHours(2)));
    }

    [Fact]
    public void A_round_the_clock_desk_has_a_23_hour_day_when_clocks_go_forward_and_a_25_hour_day_when_they_go_back()
    {
        var clock = BusinessClock.For(NewYork, EveryDay(TimeSpan.Zero, TimeSpan.FromHours(24)), []);

        // Midnight to midnight, New York time, on 2026-03-08 (EST to EDT) and 2026-11-01 (EDT to EST).
        Assert.Equal(TimeSpan.FromHours(23), clock.Between(Utc(2026, 3, 8, 5), Utc(2026, 3, 9, 4)));
        Assert.Equal(TimeSpan.FromHours(25), clock.Between(Utc(2026, 11, 1, 4), Utc(2026, 11, 2, 5)));
        // 24 hours of open time from midnight on the short day ends at 01:00 the day after.
        Assert.Equal(Utc(2026, 3, 9, 5), clock.Add(Utc(2026, 3, 8, 5), TimeSpan.FromHours(24)));
    }

    [Fact]
    public void An_opening_inside_the_skipped_hour_starts_when_the_clocks_first_reach_it()
    {
        var clock = BusinessClock.For(NewYork, EveryDay(TimeSpan.FromHours(2.5), TimeSpan.FromHours(4)), []);

        // 02:30 does not exist on 2026-03-08; the desk opens at 03:00 EDT (07:00 UTC) and closes at 04:00 EDT.
        Assert.Equal(TimeSpan.FromHours(1), clock.Between(Utc(2026, 3, 8, 5), Utc(2026, 3, 8, 12)));
        Assert.Equal(Utc(2026, 3, 8, 7), clock.Add(Utc(2026, 3, 8, 5), TimeSpan.Zero));
    }

    [Fact]
    public void An_opening_at_a_time_shown_twice_starts_at_its_first_showing()
    {
        var clock = BusinessClock.For(NewYork, EveryDay(TimeSpan.FromHours(1.5), TimeSpan.FromHours(3)), []);

        // 01:30 is shown twice on 2026-11-01: first at 05:30 UTC (EDT). The desk is open until 03:00 EST (08:00 UTC).
        Assert.Equal(Utc(2026, 11, 1, 5, 30), clock.Add(Utc(2026, 11, 1, 4), TimeSpan.Zero));
        Assert.Equal(TimeSpan.FromHours(2.5), clock.Between(Utc(2026, 11, 1, 4), Utc(2026, 11, 1, 12)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(41)]
    [InlineData(200)]
    public void Between_undoes_Add_across_weekends_holidays_and_daylight_saving(int hours)
    {
        var clock = BusinessClock.For(London, Weekdays(9, 17), [new DateOnly(2026, 4, 3), new DateOnly(2026, 4, 6)]);
        var start = Utc(2026, 3, 26, 14, 45);

        var end = clock.Add(start, TimeSpan.FromHours(hours))!.Value;

        Assert.Equal(TimeSpan.FromHours(hours), clock.Between(start, end));
    }

    [Fact]
    public void A_due_time_beyond_ten_years_of_a_rarely_open_calendar_is_unknown_rather_than_searched_for()
    {
        var clock = BusinessClock.For(Shanghai, [new OpeningHours(DayOfWeek.Monday, TimeSpan.FromHours(9), TimeSpan.FromHours(9.25))], []);

        Assert.Null(clock.Add(Utc(2026, 11, 26, 0), TimeSpan.FromDays(365)));
        Assert.NotNull(clock.Add(Utc(2026, 11, 26, 0), TimeSpan.FromHours(10)));
    }
}
