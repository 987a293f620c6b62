namespace Suite.Scheduling.Domain.Rostering;

/// <summary>
/// An agent as the roster sees it. Skills are normalised; <see cref="Certifications"/> maps a certified
/// skill to the end of its validity. An empty <see cref="Availability"/> means the agent has not
/// restricted its hours and may be rostered at any time. <see cref="TimeOff"/> holds approved time off
/// in the roster's local time.
/// </summary>
public sealed record RosterAgent(
    Guid Id,
    string Name,
    IReadOnlySet<string> Skills,
    IReadOnlyDictionary<string, DateTimeOffset> Certifications,
    IReadOnlyList<AvailabilityWindow> Availability,
    IReadOnlyList<TimeOffSpan> TimeOff,
    double MaxWeeklyHours,
    IReadOnlySet<Guid> PreferredTemplates)
{
    /// <summary>Whether the agent holds every certification in <paramref name="skills"/> until <paramref name="until"/>.</summary>
    public bool IsCertifiedFor(IReadOnlyList<string> skills, DateTimeOffset until)
    {
        foreach (var skill in skills)
        {
            if (!Certifications.TryGetValue(skill, out var validUntil) || validUntil < until)
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>
/// A queue to staff: an agent needs every required skill, and a current certification for every
/// required certification (kept up to date from Training's events).
/// </summary>
public sealed record RosterQueue(Guid Id, string Name, IReadOnlyList<string> RequiredSkills, IReadOnlyList<string> RequiredCertifications);

/// <summary>An agent on a shift serving a queue.</summary>
public sealed record RosterAssignmentPlan(Guid AgentId, Guid QueueId, PlannedShift Shift);

/// <summary>Approved time off from <see cref="LocalStart"/> up to <see cref="LocalEnd"/>, wall-clock times of the roster's zone.</summary>
public sealed record TimeOffSpan(DateTime LocalStart, DateTime LocalEnd)
{
    public static TimeOffSpan WholeDays(DateOnly first, DateOnly last) =>
        new(first.ToDateTime(TimeOnly.MinValue), last.AddDays(1).ToDateTime(TimeOnly.MinValue));

    public bool Overlaps(DateTime localStart, DateTime localEnd) => localStart < LocalEnd && LocalStart < localEnd;
}
