using Suite.Complaints.Domain.Escalations;
using Suite.Complaints.Domain.Sla;

namespace Suite.Complaints.Tests;

public sealed class EscalationPolicyTests
{
    private static readonly DateTimeOffset Due = new(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);
    private static readonly EscalationPolicy Policy = new(TimeSpan.FromHours(2));

    private static SlaReading Reading(SlaState state) =>
        new(TimeSpan.FromHours(1), TimeSpan.FromHours(1), Due.AddMinutes(-15), Due, state);

    private static SlaStatus Resolution(SlaState state) =>
        new(new SlaReading(TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(5), null, null, SlaState.Met), null, Reading(state));

    private static IReadOnlyList<EscalationKey> Keys(IReadOnlyList<DueEscalation> due) => due.Select(escalation => escalation.Key).ToList();

    [Fact]
    public void A_major_complaint_goes_to_the_team_leader_at_once()
    {
        var due = Policy.Due(open: true, major: true, sla: null, 0, BusinessClock.AlwaysOpen, new HashSet<EscalationKey>(), Due);

        Assert.Equal([new EscalationKey(EscalationTrigger.Major, 0, EscalationStage.TeamLeader)], Keys(due));
    }

    [Fact]
    public void A_breach_goes_to_the_team_leader_then_a_step_later_the_supervisor_then_the_manager()
    {
        var sla = Resolution(SlaState.Breached);
        var none = new HashSet<EscalationKey>();

        Assert.Equal([EscalationStage.TeamLeader], Keys(Policy.Due(true, false, sla, 1, BusinessClock.AlwaysOpen, none, Due)).Select(key => key.Stage));
        Assert.Equal([EscalationStage.TeamLeader, EscalationStage.Supervisor],
            Keys(Policy.Due(true, false, sla, 1, BusinessClock.AlwaysOpen, none, Due.AddHours(2))).Select(key => key.Stage));
        Assert.Equal([EscalationStage.TeamLeader, EscalationStage.Supervisor, EscalationStage.Manager],
            Keys(Policy.Due(true, false, sla, 1, BusinessClock.AlwaysOpen, none, Due.AddHours(5))).Select(key => key.Stage));
        Assert.All(Keys(Policy.Due(true, false, sla, 1, BusinessClock.AlwaysOpen, none, Due.AddHours(5))),
            key => Assert.Equal((EscalationTrigger.Resolution, 0), (key.Trigger, key.Round)));
    }

    [Fact]
    public void Steps_already_recorded_are_not_due_again()
    {
        var done = new HashSet<EscalationKey>
        {
            new(EscalationTrigger.Resolution, 0, EscalationStage.TeamLeader),
            new(EscalationTrigger.Major, 0, EscalationStage.TeamLeader),
        };

        var due = Policy.Due(true, true, Resolution(SlaState.Breached), 1, BusinessClock.AlwaysOpen, done, Due.AddHours(3));

        Assert.Equal([new EscalationKey(EscalationTrigger.Resolution, 0, EscalationStage.Supervisor)], Keys(due));
    }

    [Fact]
    public void A_step_up_counts_open_time_only()
    {
        // Due Monday 10:00 with a 09:00-17:00 desk: two open hours later is 12:00, but the desk closes at 11:00
        // on this calendar, so the supervisor is due the next morning at 10:00.
        var clock = BusinessClock.For(TimeZoneInfo.Utc, Enum.GetValues<DayOfWeek>().Select(day => new OpeningHours(day, TimeSpan.FromHours(9), TimeSpan.FromHours(11))), []);
        var sla = Resolution(SlaState.Breached);

        Assert.DoesNotContain(EscalationStage.Supervisor,
            Keys(Policy.Due(true, false, sla, 1, clock, new HashSet<EscalationKey>(), Due.AddHours(6))).Select(key => key.Stage));
        Assert.Contains(EscalationStage.Supervisor,
            Keys(Policy.Due(true, false, sla, 1, clock, new HashSet<EscalationKey>(), Due.AddHours(24))).Select(key => key.Stage));
    }

    [Fact]
    public void A_clock_at_75_percent_gives_a_warning_and_no_escalation()
    {
        var due = Policy.Due(true, false, Resolution(SlaState.Warning), 1, BusinessClock.AlwaysOpen, new HashSet<EscalationKey>(), Due);

        Assert.Equal([new EscalationKey(EscalationTrigger.Resolution, 0, EscalationStage.Warning)], Keys(due));
    }

    [Fact]
    public void A_late_first_response_goes_to_the_team_leader_once_and_no_further()
    {
        var sla = new SlaStatus(Reading(SlaState.Breached), null, Reading(SlaState.OnTrack));

        var due = Policy.Due(true, false, sla, statusChanges: 1, BusinessClock.AlwaysOpen, new HashSet<EscalationKey>(), Due.AddHours(10));

        Assert.Equal([new EscalationKey(EscalationTrigger.FirstResponse, 0, EscalationStage.TeamLeader)], Keys(due));
    }

    [Fact]
    public void Each_run_of_the_next_update_clock_escalates_on_its_own()
    {
        var sla = new SlaStatus(Reading(SlaState.Met), Reading(SlaState.Breached), Reading(SlaState.OnTrack));
        var done = new HashSet<EscalationKey> { new(EscalationTrigger.NextUpdate, 2, EscalationStage.TeamLeader) };

        var due = Policy.Due(true, false, sla, statusChanges: 3, BusinessClock.AlwaysOpen, done, Due);

        Assert.Equal([new EscalationKey(EscalationTrigger.NextUpdate, 3, EscalationStage.TeamLeader)], Keys(due));
    }

    [Fact]
    public void A_closed_complaint_is_never_escalated()
    {
        Assert.Empty(Policy.Due(false, true, Resolution(SlaState.Breached), 1, BusinessClock.AlwaysOpen, new HashSet<EscalationKey>(), Due.AddDays(1)));
    }

    [Fact]
    public void The_step_up_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new EscalationPolicy(TimeSpan.Zero));
    }
}
