using Suite.Scheduling.Domain.Rostering;
using Suite.Scheduling.Domain.TimeOff;

namespace Suite.Scheduling.Tests;

public sealed class TimeOffRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Agent = Guid.CreateVersion7(Now);
    private static readonly DateOnly Dec3 = new(2026, 12, 3);

    private static TimeOffRequest Request(DateOnly first, DateOnly last, TimeOnly? start = null, TimeOnly? end = null) =>
        TimeOffRequest.Submit(new NewTimeOff(Agent, first, last, start, end), "agent", Now);

    [Theory]
    [InlineData("2026-12-01", "2026-12-02", null, null, true)]
    [InlineData("2026-12-04", "2026-12-05", null, null, false)]
    [InlineData("2026-12-03", "2026-12-03", "08:00", "09:00", true)]
    public void Whole_days_overlap_anything_on_their_days(string first, string last, string? start, string? end, bool overlaps) =>
        Assert.Equal(overlaps, Request(new DateOnly(2026, 12, 1), Dec3).Overlaps(new NewTimeOff(Agent, DateOnly.Parse(first), DateOnly.Parse(last),
            start is null ? null : TimeOnly.Parse(start), end is null ? null : TimeOnly.Parse(end))));

    [Theory]
    [InlineData(9, 13, false)]
    [InlineData(16, 18, true)]
    [InlineData(12, 14, true)]
    [InlineData(17, 19, false)]
    public void Part_days_overlap_only_in_overlapping_hours(int start, int end, bool overlaps) =>
        Assert.Equal(overlaps, Request(Dec3, Dec3, new TimeOnly(13, 0), new TimeOnly(17, 0))
            .Overlaps(new NewTimeOff(Agent, Dec3, Dec3, new TimeOnly(start, 0), new TimeOnly(end, 0))));

    [Fact]
    public void A_night_shift_running_into_a_day_off_is_affected_but_one_ending_at_midnight_is_not()
    {
        var dayOff = Request(Dec3, Dec3);
        var night = Assignment(Dec3.AddDays(-1), 22, 8);
        var evening = Assignment(Dec3.AddDays(-1), 16, 8);
        var afternoonOff = Request(Dec3, Dec3, new TimeOnly(13, 0), new TimeOnly(17, 0));

        Assert.Single(TimeOffCoverage.Affected(dayOff, [night, evening]));
        Assert.Empty(TimeOffCoverage.Affected(afternoonOff, [Assignment(Dec3, 6, 7)]));
        Assert.Single(TimeOffCoverage.Affected(afternoonOff, [Assignment(Dec3, 9, 8)]));
    }

    [Fact]
    public void Only_pending_requests_are_decided_and_only_open_ones_cancelled()
    {
        var request = Request(Dec3, Dec3);
        request.Approve("leader", null, false, Now);

        Assert.Null(request.Refusal(TimeOffStatus.Cancelled));
        Assert.NotNull(request.Refusal(TimeOffStatus.Rejected));
        Assert.Throws<InvalidOperationException>(() => request.Approve("leader", null, false, Now));
        request.Cancel("agent", Now);
        Assert.Equal((TimeOffStatus.Cancelled, 3, false), (request.Status, request.Version, request.HoldsDays));
        Assert.NotNull(request.Refusal(TimeOffStatus.Cancelled));
    }

    [Fact]
    public void Every_bad_field_is_named()
    {
        Assert.Equal(["firstDay", "lastDay"], TimeOffRules.Validate(null, null, null, null, null).Keys.Order());
        Assert.Equal(["lastDay"], TimeOffRules.Validate(Dec3, Dec3.AddDays(TimeOffRules.MaxDays), null, null, null).Keys);
        Assert.Empty(TimeOffRules.Validate(Dec3, Dec3.AddDays(TimeOffRules.MaxDays - 1), null, null, null));
        Assert.Equal(["endTime"], TimeOffRules.Validate(Dec3, Dec3, new TimeOnly(9, 0), null, null).Keys);
        Assert.Equal(["endTime", "startTime"], TimeOffRules.Validate(Dec3, Dec3.AddDays(1), new TimeOnly(9, 0), new TimeOnly(9, 0), null).Keys.Order());
        Assert.Equal(["reason"], TimeOffRules.ValidateDecisionReason(null, required: true).Keys);
        Assert.Empty(TimeOffRules.ValidateDecisionReason(null, required: false));
    }

    [Fact]
    public void The_agents_team_leader_or_anyone_above_decides_but_never_on_their_own_request()
    {
        var leader = Guid.CreateVersion7();
        var other = Guid.CreateVersion7();

        Assert.Null(ApprovalAuthority.Refusal(leader, false, true, [Agent], [leader]));
        Assert.NotNull(ApprovalAuthority.Refusal(other, false, true, [Agent], [leader]));
        Assert.NotNull(ApprovalAuthority.Refusal(null, false, true, [Agent], [leader]));
        Assert.NotNull(ApprovalAuthority.Refusal(leader, false, true, [Agent, other], [leader, null]));
        Assert.Null(ApprovalAuthority.Refusal(null, true, false, [Agent], [null]));
        Assert.NotNull(ApprovalAuthority.Refusal(Agent, true, false, [Agent], [leader]));
    }

    private static RosterAssignment Assignment(DateOnly day, int startHour, int hours)
    {
        var localStart = day.ToDateTime(new TimeOnly(startHour, 0));
        var shift = new PlannedShift(Guid.CreateVersion7(), "Shift", day, new DateTimeOffset(localStart, TimeSpan.FromHours(8)),
            new DateTimeOffset(localStart.AddHours(hours), TimeSpan.FromHours(8)), localStart, localStart.AddHours(hours), [], hours, false, false);
        return RosterAssignment.From(Guid.CreateVersion7(), new RosterAssignmentPlan(Agent, Guid.CreateVersion7(), shift), false, Now);
    }
}
