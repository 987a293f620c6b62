using System.Xml.Linq;
using Suite.Scheduling.Domain;
using Suite.Scheduling.Domain.Rostering;
using static Suite.Scheduling.Tests.Rostering.RosterFixtures;

namespace Suite.Scheduling.Tests.Rostering;

public sealed class RosterRuleCheckerTests
{
    private static readonly RosterRuleChecker Checker = new(new RosterRules());
    private static readonly ShiftPattern Early = Pattern("early", 8, 9, new ShiftBreak(240, 60, false));
    private static readonly ShiftPattern Late = Pattern("late", 15, 9, new ShiftBreak(240, 60, false));
    private static readonly RosterQueue AnyQueue = Queue("general");

    private static PlannedShift Shift(ShiftPattern pattern, int day) => ShiftExpander.Expand(pattern, Monday.AddDays(day), Shanghai);

    private static List<RosterRule> Broken(RosterAgent agent, PlannedShift shift, params PlannedShift[] others) =>
        Checker.Check(agent, AnyQueue, shift, others).Select(violation => violation.Rule).ToList();

    [Fact]
    public void A_late_shift_then_an_early_one_breaks_the_minimum_rest()
    {
        var violations = Checker.Check(Agent("Li"), AnyQueue, Shift(Early, 1), [Shift(Late, 0)]);

        Assert.Equal(RosterRule.MinRest, Assert.Single(violations).Rule);
        Assert.Contains("8 h", violations[0].Message);
        Assert.Empty(Broken(Agent("Li"), Shift(Late, 1), Shift(Late, 0)));
    }

    [Fact]
    public void Two_shifts_on_one_day_break_one_shift_a_day()
    {
        Assert.Contains(RosterRule.OneShiftPerDay, Broken(Agent("Li"), Shift(Late, 0), Shift(Early, 0)));
    }

    [Fact]
    public void Weekly_hours_count_paid_hours_per_monday_week()
    {
        var agent = Agent("Li", maxWeeklyHours: 24);
        var week = new[] { Shift(Early, 0), Shift(Early, 1), Shift(Early, 2) };

        Assert.Equal(24, week.Sum(shift => shift.PaidHours));
        Assert.Equal([RosterRule.MaxWeeklyHours], Broken(agent, Shift(Early, 3), week));
        Assert.Empty(Broken(agent, Shift(Early, 7), week));
    }

    [Fact]
    public void A_seventh_day_in_a_row_breaks_the_consecutive_days_limit()
    {
        var agent = Agent("Li", maxWeeklyHours: 100);
        var sixDays = Enumerable.Range(0, 6).Select(day => Shift(Early, day)).ToArray();

        Assert.Equal([RosterRule.MaxConsecutiveDays], Broken(agent, Shift(Early, 6), sixDays));
        Assert.Empty(Broken(agent, Shift(Early, 7), sixDays[1..]));
    }

    [Fact]
    public void Availability_time_off_and_qualifications_are_checked_in_local_time()
    {
        var mornings = Enumerable.Range(0, 7).Select(day => new AvailabilityWindow((DayOfWeek)day, new TimeOnly(7, 0), new TimeOnly(18, 0))).ToList();
        var nights = new List<AvailabilityWindow> { new(DayOfWeek.Monday, new TimeOnly(22, 0), new TimeOnly(8, 0)) };
        var night = Pattern("night", 23, 8);
        var vip = Queue("vip", ["pre-sales"], ["vip"]);
        var certified = Agent("Li", ["pre-sales"], certifications: new() { ["vip"] = new DateTimeOffset(2026, 12, 8, 0, 0, 0, TimeSpan.Zero) });

        Assert.Empty(Broken(Agent("Li", availability: mornings), Shift(Early, 0)));
        Assert.Equal([RosterRule.Availability], Broken(Agent("Li", availability: mornings), Shift(Late, 0)));
        Assert.Empty(Broken(Agent("Li", availability: nights), Shift(night, 0)));
        Assert.Equal([RosterRule.TimeOff], Broken(Agent("Li", timeOff: [TimeOffSpan.WholeDays(Monday, Monday)]), Shift(Early, 0)));
        // A night shift that runs into a day off is on time off too; a part day off only where it overlaps.
        Assert.Equal([RosterRule.TimeOff], Broken(Agent("Li", timeOff: [TimeOffSpan.WholeDays(Monday.AddDays(1), Monday.AddDays(1))]), Shift(night, 0)));
        Assert.Empty(Broken(Agent("Li", timeOff: [new TimeOffSpan(Monday.ToDateTime(new TimeOnly(18, 0)), Monday.ToDateTime(new TimeOnly(23, 0)))]), Shift(Early, 0)));
        Assert.Empty(Checker.Check(certified, vip, Shift(Early, 0), []));
        Assert.Equal(RosterRule.Qualification, Assert.Single(Checker.Check(certified, vip, Shift(Early, 1), [])).Rule);
        Assert.Equal(RosterRule.Qualification, Assert.Single(Checker.Check(Agent("Wang", ["after-sales"]), vip, Shift(Early, 0), [])).Rule);
    }

    [Fact]
    public void Windows_that_touch_combine_so_a_shift_across_their_boundary_fits()
    {
        var split = new List<AvailabilityWindow>
        {
            new(DayOfWeek.Monday, new TimeOnly(12, 0), new TimeOnly(18, 0)),
            new(DayOfWeek.Monday, new TimeOnly(8, 0), new TimeOnly(12, 0)),
        };
        var gap = new List<AvailabilityWindow>
        {
            new(DayOfWeek.Monday, new TimeOnly(8, 0), new TimeOnly(12, 0)),
            new(DayOfWeek.Monday, new TimeOnly(12, 30), new TimeOnly(18, 0)),
        };
        // Sunday 20:00 to midnight and Monday from midnight: a night shift across the week boundary.
        var acrossTheWeek = new List<AvailabilityWindow>
        {
            new(DayOfWeek.Monday, new TimeOnly(0, 0), new TimeOnly(6, 0)),
            new(DayOfWeek.Sunday, new TimeOnly(20, 0), new TimeOnly(0, 0)),
        };
        var night = Pattern("night", 22, 6);
        var day = Pattern("day", 9, 8);

        Assert.Empty(Broken(Agent("Li", availability: split), Shift(day, 0)));
        Assert.Equal([RosterRule.Availability], Broken(Agent("Li", availability: gap), Shift(day, 0)));
        Assert.Empty(Broken(Agent("Li", availability: acrossTheWeek), Shift(night, 6)));
        Assert.Equal([RosterRule.Availability], Broken(Agent("Li", availability: acrossTheWeek), Shift(night, 5)));
    }

    [Fact]
    public void A_template_placed_on_a_weekday_it_is_not_offered_is_named()
    {
        var weekdays = new ShiftPattern(Guid.CreateVersion7(), "weekday", new TimeOnly(9, 0), 480, [DayOfWeek.Monday, DayOfWeek.Friday], []);
        var agent = Agent("Li");

        Assert.Null(RosterRuleChecker.CheckTemplateDay(agent, weekdays, Monday));
        var saturday = RosterRuleChecker.CheckTemplateDay(agent, weekdays, Monday.AddDays(5));
        Assert.Equal(RosterRule.ShiftTemplateDay, saturday!.Rule);
        Assert.Contains("Saturday", saturday.Message);
    }

    [Fact]
    public void Shifts_expand_across_daylight_saving_in_the_rosters_zone()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var springForward = new DateOnly(2026, 3, 29);
        var night = Pattern("night", 0, 6);

        var shift = ShiftExpander.Expand(night, springForward, berlin);
        var period = new RosterPeriod(springForward, springForward, berlin, 30);

        Assert.Equal(new DateTimeOffset(2026, 3, 28, 23, 0, 0, TimeSpan.Zero), shift.Start);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 4, 0, 0, TimeSpan.Zero), shift.End);
        Assert.Equal(5.0, shift.PaidHours);
        Assert.Equal(46, period.Count);
        Assert.Equal(10, period.WorkedIntervals(shift).Length);
    }

    [Fact]
    public void Late_and_weekend_flags_follow_the_local_clock()
    {
        var saturdayLate = ShiftExpander.Expand(Late, Monday.AddDays(5), Shanghai);

        Assert.True(saturdayLate.IsLate);
        Assert.True(saturdayLate.IsWeekend);
        Assert.False(Shift(Early, 0).IsLate);
        Assert.Equal(8.0, Shift(Early, 0).PaidHours);
    }

    [Fact]
    public void Shift_templates_are_checked_field_by_field()
    {
        var errors = ShiftTemplateRules.Validate(new NewShiftTemplate(
            "", new TimeOnly(8, 10), 30, [], [new ShiftBreak(0, 20, false), new ShiftBreak(60, 30, false)]));

        Assert.Equal(["breaks[0]", "breaks[1]", "days", "lengthMinutes", "name", "start"], errors.Keys.Order());
    }

    [Fact]
    public void The_heatmap_has_a_cell_per_interval_of_each_local_day()
    {
        var period = Period(7);
        var queue = Queue("q");
        var evaluation = RosterGenerator.Generate(Problem(7, [Flat(queue, period, 2, 9, 17)], [Pattern("day", 9, 8)], [Agent("A")])).Evaluation;

        var svg = CoverageHeatmap.Render("Week <1>", period, evaluation.Coverage);

        var document = XDocument.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        var cells = document.Descendants(ns + "rect").Where(rect => (string?)rect.Attribute("class") == "cell").ToList();
        Assert.Equal(7 * 48, cells.Count);
        Assert.Contains(cells, cell => cell.Value == "2026-12-07 09:00: required 2, scheduled 1");
        Assert.Contains("Week &lt;1&gt;", svg);
    }
}
