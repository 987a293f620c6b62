namespace Suite.Scheduling.Api;

/// <summary>The body of POST /api/scheduling/demand.</summary>
public sealed record ImportDemandRequest(IReadOnlyList<DemandRowRequest?>? Rows);

/// <summary>Start is ISO 8601 with its offset ("2026-12-01T09:00:00+08:00"), never a bare local time.</summary>
public sealed record DemandRowRequest(Guid? QueueId, string? Start, int? IntervalMinutes, double? Contacts, double? AhtSeconds);

/// <summary>Intervals written, and earlier intervals of the same queues and times they replaced.</summary>
public sealed record ImportDemandResponse(int Imported, int Replaced);

public sealed record DemandIntervalResponse(Guid QueueId, DateTimeOffset Start, DateTimeOffset End, int IntervalMinutes, double Contacts, double AhtSeconds);

/// <summary>One interval of a queue with the head count Erlang C asks for.</summary>
public sealed record IntervalStaffingResponse(
    DateTimeOffset Start,
    int IntervalMinutes,
    double Contacts,
    double AhtSeconds,
    int RequiredAgents,
    int ScheduledAgents,
    double ServiceLevel,
    double? AverageSpeedOfAnswerSeconds,
    double Occupancy);
