using Suite.ServiceDefaults.Data;

namespace Suite.Scheduling.Domain.TimeOff;

/// <summary>
/// An agent's request to be off on local calendar days of the centre, or for part of one day. Only an
/// approved request keeps the agent off the roster.
/// </summary>
public sealed class TimeOffRequest : ITenantOwned
{
    private TimeOffRequest()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid AgentId { get; private set; }

    public DateOnly FirstDay { get; private set; }

    public DateOnly LastDay { get; private set; }

    /// <summary>With <see cref="EndTime"/>, the local hours of a part day off; null for whole days.</summary>
    public TimeOnly? StartTime { get; private set; }

    public TimeOnly? EndTime { get; private set; }

    public string? Note { get; private set; }

    public TimeOffStatus Status { get; private set; }

    /// <summary>The subject of the token that filed it: the agent itself, or a leader on its behalf.</summary>
    public string RequestedBy { get; private set; } = "";

    public DateTimeOffset RequestedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecisionReason { get; private set; }

    /// <summary>Set when the approver was shown shifts of a published roster on these days and approved anyway.</summary>
    public bool CoverageImpactConfirmed { get; private set; }

    public string? CancelledBy { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>Rises with every change, so two leaders deciding at once cannot both win.</summary>
    public int Version { get; private set; }

    public bool IsWholeDays => StartTime is null || EndTime is null;

    /// <summary>Pending and approved requests hold their days; a new request may not overlap them.</summary>
    public bool HoldsDays => Status is TimeOffStatus.Pending or TimeOffStatus.Approved;

    public IEnumerable<DateOnly> Days
    {
        get
        {
            for (var day = FirstDay; day <= LastDay; day = day.AddDays(1))
            {
                yield return day;
            }
        }
    }

    /// <summary>Files a request that has passed <see cref="TimeOffRules.Validate"/>.</summary>
    public static TimeOffRequest Submit(NewTimeOff details, string requestedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AgentId = details.AgentId,
        FirstDay = details.FirstDay,
        LastDay = details.LastDay,
        StartTime = details.StartTime,
        EndTime = details.EndTime,
        Note = string.IsNullOrWhiteSpace(details.Note) ? null : details.Note.Trim(),
        Status = TimeOffStatus.Pending,
        RequestedBy = requestedBy,
        RequestedAt = now,
        Version = 1,
    };

    /// <summary>Whether the agent would be off at some moment both this request and <paramref name="other"/> cover.</summary>
    public bool Overlaps(NewTimeOff other)
    {
        if (other.FirstDay > LastDay || other.LastDay < FirstDay)
        {
            return false;
        }

        // Part days are single days, so two of them overlap only on the same day in overlapping hours.
        return IsWholeDays || other.StartTime is null || other.EndTime is null
            || (StartTime < other.EndTime && other.StartTime < EndTime);
    }

    /// <summary>Whether the request covers any of the local span [<paramref name="localStart"/>, <paramref name="localEnd"/>).</summary>
    public bool Covers(DateTime localStart, DateTime localEnd)
    {
        var offStart = FirstDay.ToDateTime(StartTime ?? TimeOnly.MinValue);
        var offEnd = IsWholeDays ? LastDay.AddDays(1).ToDateTime(TimeOnly.MinValue) : LastDay.ToDateTime(EndTime!.Value);
        return localStart < offEnd && offStart < localEnd;
    }

    /// <summary>Null when the request may move to <paramref name="target"/>; otherwise why not.</summary>
    public string? Refusal(TimeOffStatus target) => (Status, target) switch
    {
        (TimeOffStatus.Pending, TimeOffStatus.Approved or TimeOffStatus.Rejected or TimeOffStatus.Cancelled) => null,
        (TimeOffStatus.Approved, TimeOffStatus.Cancelled) => null,
        _ => $"The request is {Status.ToString().ToLowerInvariant()}; it cannot become {target.ToString().ToLowerInvariant()}.",
    };

    public void Approve(string by, string? reason, bool coverageImpactConfirmed, DateTimeOffset now)
    {
        Decide(TimeOffStatus.Approved, by, reason, now);
        CoverageImpactConfirmed = coverageImpactConfirmed;
    }

    public void Reject(string by, string reason, DateTimeOffset now) => Decide(TimeOffStatus.Rejected, by, reason, now);

    public void Cancel(string by, DateTimeOffset now)
    {
        EnsureCan(TimeOffStatus.Cancelled);
        Status = TimeOffStatus.Cancelled;
        CancelledBy = by;
        CancelledAt = now;
        Version++;
    }

    private void Decide(TimeOffStatus decision, string by, string? reason, DateTimeOffset now)
    {
        EnsureCan(decision);
        Status = decision;
        DecidedBy = by;
        DecidedAt = now;
        DecisionReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        Version++;
    }

    private void EnsureCan(TimeOffStatus target)
    {
        if (Refusal(target) is { } refusal)
        {
            throw new InvalidOperationException(refusal);
        }
    }
}

/// <summary>What an agent (or a leader for it) asks for; a part day has both times and a single day.</summary>
public sealed record NewTimeOff(Guid AgentId, DateOnly FirstDay, DateOnly LastDay, TimeOnly? StartTime = null, TimeOnly? EndTime = null, string? Note = null);
