using Suite.Scheduling.Domain;

namespace Suite.Scheduling.Tests;

public sealed class PeopleRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private static AvailabilityWindow Window(DayOfWeek day, int startHour, int endHour) => new(day, new TimeOnly(startHour, 0), new TimeOnly(endHour, 0));

    private static Agent Hire(CareerLevel level = CareerLevel.CustomerService) =>
        Agent.Hire(new NewAgent("CS-1", "Li Na", "Tmall after-sales", level, ["after-sales"], Today), Now);

    [Fact]
    public void A_full_work_pattern_is_valid_and_kept_in_week_order()
    {
        var details = new NewAgent("CS-1", "Li Na", "T", CareerLevel.CustomerService, [], Today, 40m, 300,
            [Window(DayOfWeek.Tuesday, 9, 18), Window(DayOfWeek.Monday, 9, 18)]);

        Assert.Empty(AgentRules.Validate(details, Today));
        var agent = Agent.Hire(details, Now);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Tuesday], agent.Availability.Select(window => window.Day));
        Assert.Equal((40m, 300, 1), (agent.ContractedWeeklyHours, agent.MaxDailyReceptions, agent.Version));
    }

    [Theory]
    [InlineData(0, 300)]
    [InlineData(61, 300)]
    [InlineData(-1, 300)]
    public void Contracted_hours_out_of_range_are_named(int hours, int receptions) =>
        Assert.Equal(["contractedWeeklyHours"], AgentRules.ValidateChanges(new AgentChanges(1, ContractedWeeklyHours: hours, MaxDailyReceptions: receptions)).Keys);

    [Fact]
    public void Contracted_hours_finer_than_hundredths_are_refused() =>
        Assert.Contains("contractedWeeklyHours", AgentRules.ValidateChanges(new AgentChanges(1, ContractedWeeklyHours: 37.125m)).Keys);

    [Theory]
    [InlineData(0)]
    [InlineData(2001)]
    public void Maximum_daily_receptions_out_of_range_are_named(int receptions) =>
        Assert.Equal(["maxDailyReceptions"], AgentRules.ValidateChanges(new AgentChanges(1, MaxDailyReceptions: receptions)).Keys);

    [Fact]
    public void Overlapping_and_empty_windows_are_named_by_position()
    {
        var errors = AgentRules.ValidateAvailability([
            Window(DayOfWeek.Monday, 9, 18),
            Window(DayOfWeek.Monday, 17, 20),
            Window(DayOfWeek.Tuesday, 9, 9),
            Window(DayOfWeek.Wednesday, 9, 12),
        ]);

        Assert.Equal(["availability[1]", "availability[2]"], errors.Keys.Order());
        Assert.Contains("availability[0]", errors["availability[1]"][0]);
    }

    [Fact]
    public void A_late_window_runs_past_midnight_and_overlaps_the_next_mornings()
    {
        var late = Window(DayOfWeek.Monday, 22, 2);

        Assert.Equal(240, late.LengthMinutes);
        Assert.True(late.Overlaps(Window(DayOfWeek.Tuesday, 1, 9)));
        Assert.False(late.Overlaps(Window(DayOfWeek.Tuesday, 2, 9)));
        Assert.True(Window(DayOfWeek.Saturday, 23, 1).Overlaps(Window(DayOfWeek.Sunday, 0, 8)));
        Assert.True(Window(DayOfWeek.Sunday, 0, 8).Overlaps(Window(DayOfWeek.Saturday, 23, 1)));
    }

    [Fact]
    public void Back_to_back_windows_do_not_overlap() =>
        Assert.Empty(AgentRules.ValidateAvailability([Window(DayOfWeek.Friday, 9, 13), Window(DayOfWeek.Friday, 13, 18)]));

    [Fact]
    public void Seconds_in_a_window_are_refused() =>
        Assert.Contains("availability[0]", AgentRules.ValidateAvailability(
            [new AvailabilityWindow(DayOfWeek.Monday, new TimeOnly(9, 0, 30), new TimeOnly(18, 0))]).Keys);

    [Fact]
    public void Changes_need_a_version_and_name_each_bad_field()
    {
        var errors = AgentRules.ValidateChanges(new AgentChanges(0, DisplayName: " ", Team: "", Level: (CareerLevel)42, Skills: [""]));

        Assert.Equal(["displayName", "level", "skills", "team", "version"], errors.Keys.Order());
    }

    [Fact]
    public void Applying_a_new_level_reports_the_previous_one_and_raises_the_version()
    {
        var agent = Hire();

        var previous = agent.Apply(new AgentChanges(1, Level: CareerLevel.GoldMedalCustomerService, Skills: ["Pre-Sales"]));

        Assert.Equal(CareerLevel.CustomerService, previous);
        Assert.Equal((CareerLevel.GoldMedalCustomerService, 2), (agent.Level, agent.Version));
        Assert.Equal(["pre-sales"], agent.Skills);
        Assert.Equal("Tmall after-sales", agent.Team);
    }

    [Fact]
    public void Applying_the_same_level_reports_no_change()
    {
        var agent = Hire();

        Assert.Null(agent.Apply(new AgentChanges(1, Level: CareerLevel.CustomerService, MaxDailyReceptions: 250)));
        Assert.Equal(250, agent.MaxDailyReceptions);
    }

    [Fact]
    public void Changes_made_on_a_stale_version_are_refused()
    {
        var agent = Hire();
        agent.Apply(new AgentChanges(1, DisplayName: "Li Na (JD)"));

        Assert.Throws<InvalidOperationException>(() => agent.Apply(new AgentChanges(1, DisplayName: "Someone else")));
        Assert.Equal("Li Na (JD)", agent.DisplayName);
    }

    [Theory]
    [InlineData(CareerLevel.CustomerService, false)]
    [InlineData(CareerLevel.GoldMedalCustomerService, false)]
    [InlineData(CareerLevel.TeamLeader, true)]
    [InlineData(CareerLevel.Director, true)]
    public void Only_team_leaders_and_above_may_lead_a_team(CareerLevel level, bool mayLead) =>
        Assert.Equal(mayLead, TeamRules.ValidateLeader(Hire(level)) is null);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_team_needs_a_name(string name) => Assert.Equal(["name"], TeamRules.ValidateName(name).Keys);

    [Fact]
    public void A_team_leader_change_on_a_stale_version_is_refused()
    {
        var team = Team.Create(" JD pre-sales ", null, Now);
        team.ChangeLeader(Hire(CareerLevel.TeamLeader), 1);

        Assert.Equal(("JD pre-sales", 2), (team.Name, team.Version));
        Assert.Throws<InvalidOperationException>(() => team.ChangeLeader(null, 1));
    }
}
