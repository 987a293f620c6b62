namespace Suite.Scheduling.Domain.Rostering;

/// <summary>
/// The one place the hard rules of a roster live. The generator, manual edits and shift swaps all ask
/// it, so a roster a planner edits by hand is held to exactly the rules the generator keeps.
/// </summary>
public sealed class RosterRuleChecker(RosterRules rules)
{
    private const int MinutesPerDay = 24 * 60;
    private const int MinutesPerWeek = 7 * MinutesPerDay;

    /// <summary>A thousandth of an hour absorbs the rounding of summed fractions.</summary>
    private const double HoursTolerance = 1e-3;

    private static readonly RosterRule[] SequenceRules =
        [RosterRule.OneShiftPerDay, RosterRule.MinRest, RosterRule.MaxWeeklyHours, RosterRule.MaxConsecutiveDays];

    /// <summary>The rules a concrete shift can break; whether its template is offered that day is asked of the template (<see cref="CheckTemplateDay"/>).</summary>
    private static readonly RosterRule[] ShiftRules = Enum.GetValues<RosterRule>().Where(rule => rule != RosterRule.ShiftTemplateDay).ToArray();

    public RosterRules Rules { get; } = rules;

    /// <summary>
    /// Every rule that putting <paramref name="agent"/> on <paramref name="shift"/> serving <paramref name="queue"/>
    /// would break, given the agent's <paramref name="otherShifts"/> in the roster (not including this one).
    /// </summary>
    public List<RuleViolation> Check(RosterAgent agent, RosterQueue queue, PlannedShift shift, IReadOnlyList<PlannedShift> otherShifts)
    {
        var violations = new List<RuleViolation>();
        foreach (var rule in ShiftRules)
        {
            if (Breaks(rule, agent, queue, shift, otherShifts) is { } message)
            {
                violations.Add(new RuleViolation(rule, agent.Id, shift.Day, message));
            }
        }

        return violations;
    }

    /// <summary>
    /// A planner placing <paramref name="agent"/> on <paramref name="pattern"/> on <paramref name="day"/>
    /// by hand: refused when the template is not offered on that weekday, as generation never uses it then.
    /// </summary>
    public static RuleViolation? CheckTemplateDay(RosterAgent agent, ShiftPattern pattern, DateOnly day) =>
        pattern.Days.Contains(day.DayOfWeek)
            ? null
            : new RuleViolation(
                RosterRule.ShiftTemplateDay,
                agent.Id,
                day,
                $"Shift template {pattern.Name} is not offered on {day.DayOfWeek}s ({day:yyyy-MM-dd}); it runs on {string.Join(", ", pattern.Days.Order())}.");

    /// <summary>The first rule broken by the facts of the agent alone (qualification, availability, time off); these never change during a roster's construction.</summary>
    public RosterRule? FirstStaticViolation(RosterAgent agent, RosterQueue queue, PlannedShift shift)
    {
        if (!IsQualified(agent, queue, shift))
        {
            return RosterRule.Qualification;
        }

        return FirstAvailabilityViolation(agent, shift);
    }

    /// <summary>Availability and time off, which do not depend on the queue.</summary>
    public RosterRule? FirstAvailabilityViolation(RosterAgent agent, PlannedShift shift)
    {
        if (!IsAvailable(agent, shift))
        {
            return RosterRule.Availability;
        }

        return IsOnTimeOff(agent, shift) ? RosterRule.TimeOff : null;
    }

    /// <summary>The first rule broken by the agent's other shifts (one a day, weekly hours, rest, consecutive days).</summary>
    public RosterRule? FirstSequenceViolation(RosterAgent agent, PlannedShift shift, IReadOnlyList<PlannedShift> otherShifts)
    {
        foreach (var rule in SequenceRules)
        {
            if (BreaksSequenceRule(rule, agent, shift, otherShifts))
            {
                return rule;
            }
        }

        return null;
    }

    public static bool IsQualified(RosterAgent agent, RosterQueue queue, PlannedShift shift) =>
        queue.RequiredSkills.All(agent.Skills.Contains) && agent.IsCertifiedFor(queue.RequiredCertifications, shift.End);

    /// <summary>
    /// Inside the agent's weekly windows in local time, taken together: windows that touch or overlap
    /// (08:00-12:00 and 12:00-18:00, or a Sunday evening running into Monday) form one stretch, so a shift
    /// across their boundary fits. An agent that gave no windows may work any time.
    /// </summary>
    public static bool IsAvailable(RosterAgent agent, PlannedShift shift)
    {
        if (agent.Availability.Count == 0)
        {
            return true;
        }

        var startMinute = (int)shift.LocalStart.DayOfWeek * MinutesPerDay + shift.LocalStart.Hour * 60 + shift.LocalStart.Minute;
        var end = startMinute + (int)(shift.LocalEnd - shift.LocalStart).TotalMinutes;
        var reached = startMinute;
        // Each step jumps to the furthest end of a window holding the first uncovered minute; every
        // window can be used at most once before the shift is covered or a gap shows, so this ends.
        for (var step = 0; step <= agent.Availability.Count; step++)
        {
            var furthest = reached;
            foreach (var window in agent.Availability)
            {
                var distance = ((reached - window.StartMinuteOfWeek) % MinutesPerWeek + MinutesPerWeek) % MinutesPerWeek;
                if (distance < window.LengthMinutes)
                {
                    furthest = Math.Max(furthest, reached + window.LengthMinutes - distance);
                }
            }

            if (furthest >= end)
            {
                return true;
            }

            if (furthest == reached)
            {
                return false;
            }

            reached = furthest;
        }

        return false;
    }

    /// <summary>A shift is on time off when any part of it falls in approved time off, a night shift running into a day off included.</summary>
    public static bool IsOnTimeOff(RosterAgent agent, PlannedShift shift)
    {
        foreach (var span in agent.TimeOff)
        {
            if (span.Overlaps(shift.LocalStart, shift.LocalEnd))
            {
                return true;
            }
        }

        return false;
    }

    private string? Breaks(RosterRule rule, RosterAgent agent, RosterQueue? queue, PlannedShift shift, IReadOnlyList<PlannedShift> others) => rule switch
    {
        RosterRule.Qualification => queue is null || IsQualified(agent, queue, shift)
            ? null
            : $"{agent.Name} lacks a skill or current certification queue {queue.Name} requires ({Describe(queue)}).",
        RosterRule.Availability => IsAvailable(agent, shift)
            ? null
            : $"{agent.Name} is not available for {shift.TemplateName} on {shift.Day:yyyy-MM-dd} ({shift.LocalStart:HH:mm}-{shift.LocalEnd:HH:mm}).",
        RosterRule.TimeOff => IsOnTimeOff(agent, shift) ? $"{agent.Name} has approved time off on {shift.Day:yyyy-MM-dd}." : null,
        RosterRule.OneShiftPerDay => HasShiftOnDay(shift, others) ? $"{agent.Name} already has a shift on {shift.Day:yyyy-MM-dd}." : null,
        RosterRule.MinRest => ShortestRest(shift, others) is { } rest && rest < TimeSpan.FromHours(Rules.MinRestHours)
            ? $"{agent.Name} would rest only {Math.Max(0, rest.TotalHours):0.#} h between shifts around {shift.Day:yyyy-MM-dd}; at least {Rules.MinRestHours:0.#} h are required."
            : null,
        RosterRule.MaxWeeklyHours => WeeklyHours(shift, others) is var hours && hours > agent.MaxWeeklyHours + HoursTolerance
            ? $"{agent.Name} would work {hours:0.##} h in the week of {shift.WeekStart:yyyy-MM-dd}, above the maximum of {agent.MaxWeeklyHours:0.##} h."
            : null,
        RosterRule.MaxConsecutiveDays => ConsecutiveDays(shift, others) is var run && run > Rules.MaxConsecutiveDays
            ? $"{agent.Name} would work {run} days in a row around {shift.Day:yyyy-MM-dd}; at most {Rules.MaxConsecutiveDays} are allowed."
            : null,
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown rule."),
    };

    private bool BreaksSequenceRule(RosterRule rule, RosterAgent agent, PlannedShift shift, IReadOnlyList<PlannedShift> others) => rule switch
    {
        RosterRule.OneShiftPerDay => HasShiftOnDay(shift, others),
        RosterRule.MinRest => ShortestRest(shift, others) is { } rest && rest < TimeSpan.FromHours(Rules.MinRestHours),
        RosterRule.MaxWeeklyHours => WeeklyHours(shift, others) > agent.MaxWeeklyHours + HoursTolerance,
        RosterRule.MaxConsecutiveDays => ConsecutiveDays(shift, others) > Rules.MaxConsecutiveDays,
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Not a sequence rule."),
    };

    private static bool HasShiftOnDay(PlannedShift shift, IReadOnlyList<PlannedShift> others)
    {
        for (var i = 0; i < others.Count; i++)
        {
            if (others[i].Day == shift.Day)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The shortest rest between this shift and a shift of another day; null without such shifts.</summary>
    private static TimeSpan? ShortestRest(PlannedShift shift, IReadOnlyList<PlannedShift> others)
    {
        TimeSpan? shortest = null;
        for (var i = 0; i < others.Count; i++)
        {
            var other = others[i];
            if (other.Day == shift.Day)
            {
                continue;
            }

            var rest = other.Start >= shift.End ? other.Start - shift.End : shift.Start - other.End;
            if (shortest is null || rest < shortest)
            {
                shortest = rest;
            }
        }

        return shortest;
    }

    private static double WeeklyHours(PlannedShift shift, IReadOnlyList<PlannedShift> others)
    {
        var week = shift.WeekStart;
        var hours = shift.PaidHours;
        for (var i = 0; i < others.Count; i++)
        {
            if (others[i].WeekStart == week && others[i].Day != shift.Day)
            {
                hours += others[i].PaidHours;
            }
        }

        return hours;
    }

    private static int ConsecutiveDays(PlannedShift shift, IReadOnlyList<PlannedShift> others)
    {
        var run = 1;
        for (var day = shift.Day.AddDays(-1); HasShiftOnDay(day, others); day = day.AddDays(-1))
        {
            run++;
        }

        for (var day = shift.Day.AddDays(1); HasShiftOnDay(day, others); day = day.AddDays(1))
        {
            run++;
        }

        return run;
    }

    private static bool HasShiftOnDay(DateOnly day, IReadOnlyList<PlannedShift> others)
    {
        for (var i = 0; i < others.Count; i++)
        {
            if (others[i].Day == day)
            {
                return true;
            }
        }

        return false;
    }

    private static string Describe(RosterQueue queue)
    {
        var needs = queue.RequiredSkills.Select(skill => $"skill {skill}")
            .Concat(queue.RequiredCertifications.Select(skill => $"certification {skill}"));
        return string.Join(", ", needs);
    }
}
