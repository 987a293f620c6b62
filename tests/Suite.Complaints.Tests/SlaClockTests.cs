using Suite.Complaints.Domain;
using Suite.Complaints.Domain.Sla;

namespace Suite.Complaints.Tests;

public sealed class SlaClockTests
{
    private static readonly DateTimeOffset Filed = new(2026, 11, 26, 0, 0, 0, TimeSpan.Zero);

    /// <summary>1 hour to respond, 4 between updates, 8 to resolve.</summary>
    private static readonly SlaTargets Targets = new(TimeSpan.FromHours(1), TimeSpan.FromHours(4), TimeSpan.FromHours(8));

    private static List<StatusChange> History(params (double Hours, ComplaintStatus Status)[] changes) =>
        [new(Filed, ComplaintStatus.New), .. changes.Select(change => new StatusChange(Filed.AddHours(change.Hours), change.Status))];

    private static SlaStatus Read(double nowHours, List<StatusChange> history, SlaTargets? targets = null) =>
        SlaClock.Read(targets ?? Targets, BusinessClock.AlwaysOpen, history, Filed.AddHours(nowHours));

    [Theory]
    [InlineData(0.5, SlaState.OnTrack)]
    [InlineData(0.75, SlaState.Warning)]
    [InlineData(0.9, SlaState.Warning)]
    [InlineData(1.0, SlaState.Breached)]
    [InlineData(2.0, SlaState.Breached)]
    public void The_first_response_clock_warns_at_75_percent_then_breaches(double nowHours, SlaState expected)
    {
        var reading = Read(nowHours, History()).FirstResponse;

        Assert.Equal(expected, reading.State);
        Assert.Equal(Filed.AddMinutes(45), reading.WarningAt);
        Assert.Equal(Filed.AddHours(1), reading.DueAt);
        Assert.Equal(TimeSpan.FromHours(nowHours), reading.Elapsed);
    }

    [Theory]
    [InlineData(0.5, SlaState.Met)]
    [InlineData(1.0, SlaState.Met)]
    [InlineData(1.5, SlaState.Breached)]
    public void The_first_response_stops_at_the_first_move(double respondedAfter, SlaState expected)
    {
        var reading = Read(10, History((respondedAfter, ComplaintStatus.Acknowledged))).FirstResponse;

        Assert.Equal(expected, reading.State);
        Assert.Equal(TimeSpan.FromHours(respondedAfter), reading.Elapsed);
    }

    [Fact]
    public void The_resolution_clock_pauses_while_awaiting_the_customer_or_another_department()
    {
        var history = History(
            (1, ComplaintStatus.Acknowledged), (2, ComplaintStatus.AwaitingCustomer), (12, ComplaintStatus.Investigating),
            (13, ComplaintStatus.AwaitingDepartment), (20, ComplaintStatus.Investigating));

        var paused = Read(5, history[..3]).Resolution;
        var running = Read(21, history).Resolution;

        Assert.Equal((SlaState.Paused, TimeSpan.FromHours(2), (DateTimeOffset?)null), (paused.State, paused.Elapsed, paused.DueAt));
        // 2 hours before the first pause, 1 between the pauses, 1 since: 4 of 8 used, the other 4 due 4 hours from now.
        Assert.Equal((SlaState.OnTrack, TimeSpan.FromHours(4)), (running.State, running.Elapsed));
        Assert.Equal(Filed.AddHours(25), running.DueAt);
        Assert.Equal(Filed.AddHours(23), running.WarningAt);
    }

    [Fact]
    public void A_breach_before_a_pause_stays_a_breach()
    {
        var reading = Read(30, History((1, ComplaintStatus.Investigating), (9, ComplaintStatus.AwaitingCustomer))).Resolution;

        Assert.Equal(SlaState.Breached, reading.State);
        Assert.Equal(Filed.AddHours(8), reading.DueAt);
        Assert.Equal(TimeSpan.FromHours(9), reading.Elapsed);
    }

    [Fact]
    public void Time_used_before_a_reopen_is_kept_and_the_time_while_resolved_is_not_counted()
    {
        var history = History(
            (1, ComplaintStatus.Investigating), (3, ComplaintStatus.Resolved), (48, ComplaintStatus.Reopened));

        var resolved = Read(10, history[..3]).Resolution;
        var reopened = Read(50, history).Resolution;

        Assert.Equal((SlaState.Met, TimeSpan.FromHours(3)), (resolved.State, resolved.Elapsed));
        Assert.Equal((SlaState.OnTrack, TimeSpan.FromHours(5)), (reopened.State, reopened.Elapsed));
        Assert.Equal(Filed.AddHours(53), reopened.DueAt);
        Assert.Equal(Filed.AddHours(51), reopened.WarningAt);
    }

    [Fact]
    public void A_resolution_past_the_target_is_recorded_as_breached()
    {
        var reading = Read(100, History((1, ComplaintStatus.Investigating), (9.5, ComplaintStatus.Resolved), (12, ComplaintStatus.Closed))).Resolution;

        Assert.Equal((SlaState.Breached, TimeSpan.FromHours(9.5)), (reading.State, reading.Elapsed));
    }

    [Fact]
    public void A_new_priority_is_a_new_reading_of_the_same_history()
    {
        var history = History((0.5, ComplaintStatus.Investigating));
        var p1 = new SlaTargets(TimeSpan.FromMinutes(15), TimeSpan.FromHours(1), TimeSpan.FromHours(2));

        var before = Read(1.8, history).Resolution;
        var after = Read(1.8, history, p1).Resolution;

        Assert.Equal((SlaState.OnTrack, Filed.AddHours(8)), (before.State, before.DueAt));
        Assert.Equal((SlaState.Warning, Filed.AddHours(2), Filed.AddHours(1.5)), (after.State, after.DueAt, after.WarningAt));
    }

    [Fact]
    public void An_update_is_owed_from_the_last_move_while_the_centre_holds_the_complaint()
    {
        var owed = Read(6, History((1, ComplaintStatus.Acknowledged), (2, ComplaintStatus.Investigating))).NextUpdate;
        var notYetResponded = Read(0.5, History()).NextUpdate;
        var waitingOnCustomer = Read(6, History((1, ComplaintStatus.Acknowledged), (2, ComplaintStatus.AwaitingCustomer))).NextUpdate;

        Assert.NotNull(owed);
        Assert.Equal((SlaState.Breached, Filed.AddHours(6), Filed.AddHours(5)), (owed.State, owed.DueAt, owed.WarningAt));
        Assert.Null(notYetResponded);
        Assert.Null(waitingOnCustomer);
    }

    [Fact]
    public void Clocks_measured_on_business_hours_start_at_the_next_opening_for_an_out_of_hours_complaint()
    {
        var shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var clock = BusinessClock.For(shanghai, BusinessClockTests.Weekdays(9, 18), []);
        // Saturday 2026-11-28 22:00 in Shanghai.
        var saturday = new DateTimeOffset(2026, 11, 28, 14, 0, 0, TimeSpan.Zero);

        var status = SlaClock.Read(Targets, clock, [new StatusChange(saturday, ComplaintStatus.New)], saturday.AddHours(20));

        // Monday 09:00 local is 01:00 UTC: first response due at 10:00 local, resolution at 17:00 local.
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero), status.FirstResponse.DueAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero), status.Resolution.DueAt);
        Assert.Equal((SlaState.OnTrack, TimeSpan.Zero), (status.FirstResponse.State, status.FirstResponse.Elapsed));
    }

    [Fact]
    public void A_history_must_start_with_the_filing() =>
        Assert.Throws<ArgumentException>(() => SlaClock.Read(Targets, BusinessClock.AlwaysOpen, [new StatusChange(Filed, ComplaintStatus.Acknowledged)], Filed));

    [Fact]
    public void A_target_the_calendar_cannot_reach_within_ten_years_has_no_due_time_and_is_on_track()
    {
        var shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var clock = BusinessClock.For(shanghai, [new OpeningHours(DayOfWeek.Monday, TimeSpan.FromHours(9), TimeSpan.FromHours(9.25))], []);
        var year = new SlaTargets(TimeSpan.FromDays(365), TimeSpan.FromDays(365), TimeSpan.FromDays(365));

        var status = SlaClock.Read(year, clock, [new StatusChange(Filed, ComplaintStatus.New)], Filed.AddDays(30));

        Assert.Equal((SlaState.OnTrack, (DateTimeOffset?)null, (DateTimeOffset?)null), (status.Resolution.State, status.Resolution.DueAt, status.Resolution.WarningAt));
    }
}
