using Suite.ServiceDefaults.Data;

namespace Suite.Scheduling.Domain.Rostering;

/// <summary>A roster for some queues over a period of local days in one time zone, generated from a seed and then edited by hand.</summary>
public sealed class Roster : ITenantOwned
{
    private Roster()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public string Name { get; private set; } = "";

    public DateOnly FirstDay { get; private set; }

    public DateOnly LastDay { get; private set; }

    public string TimeZone { get; private set; } = "";

    public int IntervalMinutes { get; private set; }

    public int Seed { get; private set; }

    public List<Guid> QueueIds { get; private set; } = [];

    public List<Guid> ShiftTemplateIds { get; private set; } = [];

    public RosterSettings Settings { get; private set; } = null!;

    public RosterStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>
    /// Under-coverage no roster of this problem could avoid, found when it was generated (null for rosters
    /// generated before it was kept): searching for it takes seconds for a large centre.
    /// </summary>
    public double? LowerBoundAgentHours { get; private set; }

    /// <summary>Rises with every edit; an edit names the version it was made on, so two planners cannot overwrite each other unseen.</summary>
    public int Version { get; private set; }

    public static Roster Draft(NewRoster details, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Name = details.Name.Trim(),
        FirstDay = details.FirstDay,
        LastDay = details.LastDay,
        TimeZone = details.TimeZone,
        IntervalMinutes = details.IntervalMinutes,
        Seed = details.Seed,
        QueueIds = [.. details.QueueIds],
        ShiftTemplateIds = [.. details.ShiftTemplateIds],
        Settings = details.Settings,
        Status = RosterStatus.Draft,
        CreatedAt = now,
        Version = 1,
    };

    public void RecordLowerBound(double agentHours) => LowerBoundAgentHours = agentHours;

    public void Edited() => Version++;

    public void Publish(DateTimeOffset now)
    {
        Status = RosterStatus.Published;
        PublishedAt = now;
        Version++;
    }

    public void Supersede()
    {
        Status = RosterStatus.Superseded;
        Version++;
    }

    /// <summary>Whether both rosters plan some queue on some common day.</summary>
    public bool Overlaps(Roster other) =>
        FirstDay <= other.LastDay && other.FirstDay <= LastDay && QueueIds.Any(other.QueueIds.Contains);
}

public sealed record NewRoster(
    string Name,
    DateOnly FirstDay,
    DateOnly LastDay,
    string TimeZone,
    int IntervalMinutes,
    int Seed,
    IReadOnlyList<Guid> QueueIds,
    IReadOnlyList<Guid> ShiftTemplateIds,
    RosterSettings Settings);
