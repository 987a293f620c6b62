using Suite.Scheduling.Domain;
using Suite.Scheduling.Domain.Rostering;
using Suite.Scheduling.Domain.Staffing;

namespace Suite.Scheduling.Tests.Rostering;

/// <summary>Small rostering problems in Shanghai time (no DST) starting Monday 2026-12-07.</summary>
internal static class RosterFixtures
{
    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    public static readonly DateOnly Monday = new(2026, 12, 7);

    public static ShiftPattern Pattern(string name, int hour, int hours, params ShiftBreak[] breaks) =>
        new(Guid.CreateVersion7(), name, new TimeOnly(hour, 0), hours * 60, Enum.GetValues<DayOfWeek>(), breaks);

    public static RosterQueue Queue(string name, string[]? skills = null, string[]? certifications = null) =>
        new(Guid.CreateVersion7(), name, skills ?? [], certifications ?? []);

    public static RosterAgent Agent(
        string name,
        string[]? skills = null,
        double maxWeeklyHours = 40,
        IReadOnlyList<AvailabilityWindow>? availability = null,
        IReadOnlyList<TimeOffSpan>? timeOff = null,
        Dictionary<string, DateTimeOffset>? certifications = null,
        IReadOnlySet<Guid>? preferred = null) =>
        new(Guid.CreateVersion7(), name, (skills ?? []).ToHashSet(), certifications ?? [], availability ?? [], timeOff ?? [], maxWeeklyHours,
            preferred ?? new HashSet<Guid>());

    /// <summary>A queue that needs <paramref name="agents"/> agents every interval from <paramref name="fromHour"/> to <paramref name="toHour"/> local, every day.</summary>
    public static QueueDemand Flat(RosterQueue queue, RosterPeriod period, int agents, int fromHour, int toHour)
    {
        var required = new int[period.Count];
        for (var t = 0; t < period.Count; t++)
        {
            var local = LocalClock.ToLocal(period.IntervalStart(t), period.Zone);
            required[t] = local.Hour >= fromHour && local.Hour < toHour ? agents : 0;
        }

        return new QueueDemand(queue, required, new StaffingQuestion?[period.Count]);
    }

    public static RosterProblem Problem(
        int days, IReadOnlyList<QueueDemand> demand, IReadOnlyList<ShiftPattern> patterns, IReadOnlyList<RosterAgent> agents,
        RosterRules? rules = null, int seed = 1, TimeZoneInfo? zone = null, DateOnly? first = null)
    {
        var period = Period(days, zone, first);
        return new RosterProblem(
            period, demand, ShiftExpander.ExpandPeriod(patterns, period.FirstDay, period.LastDay, period.Zone), agents, rules ?? new RosterRules(), seed);
    }

    public static RosterPeriod Period(int days, TimeZoneInfo? zone = null, DateOnly? first = null) =>
        new(first ?? Monday, (first ?? Monday).AddDays(days - 1), zone ?? Shanghai, 30);
}
