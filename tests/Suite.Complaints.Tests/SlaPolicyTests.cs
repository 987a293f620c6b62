using Suite.Complaints.Domain;
using Suite.Complaints.Domain.Sla;

namespace Suite.Complaints.Tests;

public sealed class SlaPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private static SlaPolicyDetails Details(int rank, string? store = null, ComplaintChannel? channel = null, ComplaintSeverity? severity = null, ComplaintCategory? category = null) =>
        new(rank, $"policy {rank}", store, channel, severity, category, 30, 240, 480);

    [Fact]
    public void The_lowest_ranked_policy_whose_conditions_all_hold_applies()
    {
        var policies = new[]
        {
            SlaPolicy.Create(Details(30), Now),
            SlaPolicy.Create(Details(10, store: "TM-01", severity: ComplaintSeverity.P1), Now),
            SlaPolicy.Create(Details(20, channel: ComplaintChannel.Chat, category: ComplaintCategory.ServiceAttitude), Now),
        };
        var p2Chat = WorkflowTests.File();
        var p1Chat = WorkflowTests.File(ComplaintSeverity.P1);

        Assert.Equal(20, SlaPolicy.For(policies, p2Chat)!.Rank);
        Assert.Equal(10, SlaPolicy.For(policies, p1Chat)!.Rank);
        Assert.Equal(30, SlaPolicy.For(policies[..1], p1Chat)!.Rank);
        Assert.Null(SlaPolicy.For(policies[1..2], p2Chat));
    }

    [Theory]
    [InlineData("TM-01", true)]
    [InlineData("JD-01", false)]
    public void Each_condition_must_hold(string store, bool matches)
    {
        var policy = SlaPolicy.Create(Details(1, store: "TM-01", channel: ComplaintChannel.Phone, severity: ComplaintSeverity.P2, category: ComplaintCategory.Logistics), Now);

        Assert.Equal(matches, policy.Matches(store, ComplaintChannel.Phone, ComplaintSeverity.P2, ComplaintCategory.Logistics));
        Assert.False(policy.Matches("TM-01", ComplaintChannel.Chat, ComplaintSeverity.P2, ComplaintCategory.Logistics));
        Assert.False(policy.Matches("TM-01", ComplaintChannel.Phone, ComplaintSeverity.P1, ComplaintCategory.Logistics));
        Assert.False(policy.Matches("TM-01", ComplaintChannel.Phone, ComplaintSeverity.P2, ComplaintCategory.Other));
    }

    [Fact]
    public void A_policy_is_validated_field_by_field()
    {
        Assert.Empty(SlaRules.ValidatePolicy(Details(1)));
        var errors = SlaRules.ValidatePolicy(new SlaPolicyDetails(0, " ", "", null, null, null, 0, 525_601, -1));
        Assert.Equal(["firstResponseMinutes", "name", "nextUpdateMinutes", "rank", "resolutionMinutes", "storeCode"], errors.Keys.Order());
        Assert.Equal(["firstResponseMinutes"], SlaRules.ValidatePolicy(Details(1) with { FirstResponseMinutes = 600 }).Keys);
    }

    [Theory]
    [InlineData("Europe/London", true)]
    [InlineData("Asia/Shanghai", true)]
    [InlineData("America/New_York", true)]
    [InlineData("UTC", true)]
    [InlineData("China Standard Time", false)]
    [InlineData("Mars/Olympus_Mons", false)]
    [InlineData("", false)]
    public void Calendars_take_IANA_time_zones_only(string zone, bool valid) =>
        Assert.Equal(valid, !SlaRules.ValidateCalendar("TM-01", new StoreCalendarDetails(zone, BusinessClockTests.Weekdays(9, 18).ToList(), [])).ContainsKey("timeZoneId"));

    [Fact]
    public void Calendar_openings_must_make_sense()
    {
        static Dictionary<string, string[]> Validate(params OpeningHours[] hours) =>
            SlaRules.ValidateCalendar("TM-01", new StoreCalendarDetails("Asia/Shanghai", hours, []));

        Assert.Empty(Validate(new OpeningHours(DayOfWeek.Monday, TimeSpan.Zero, TimeSpan.FromHours(24))));
        Assert.Contains("weeklyHours", Validate().Keys);
        Assert.Contains("weeklyHours", Validate(new OpeningHours(DayOfWeek.Monday, TimeSpan.FromHours(18), TimeSpan.FromHours(9))).Keys);
        Assert.Contains("weeklyHours", Validate(new OpeningHours(DayOfWeek.Monday, TimeSpan.FromHours(9), TimeSpan.FromHours(25))).Keys);
        Assert.Contains("weeklyHours", Validate(
            new OpeningHours(DayOfWeek.Monday, TimeSpan.FromHours(9), TimeSpan.FromHours(13)),
            new OpeningHours(DayOfWeek.Monday, TimeSpan.FromHours(12), TimeSpan.FromHours(18))).Keys);
        Assert.Contains("holidays", SlaRules.ValidateCalendar("TM-01", new StoreCalendarDetails(
            "Asia/Shanghai", BusinessClockTests.Weekdays(9, 18).ToList(),
            Enumerable.Range(0, 201).Select(day => new DateOnly(2027, 1, 1).AddDays(day)).ToList())).Keys);
    }
}
