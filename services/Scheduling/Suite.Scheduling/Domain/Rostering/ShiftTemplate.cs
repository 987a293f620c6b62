using Suite.ServiceDefaults.Data;

namespace Suite.Scheduling.Domain.Rostering;

/// <summary>
/// A shift pattern in the centre's local time ("early 08:00 for 9 h with an unpaid hour at noon")
/// offered on some days of the week; rosters expand it into concrete shifts in their time zone.
/// </summary>
public sealed class ShiftTemplate : ITenantOwned
{
    private ShiftTemplate()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public string Name { get; private set; } = "";

    public TimeOnly Start { get; private set; }

    public int LengthMinutes { get; private set; }

    public List<DayOfWeek> Days { get; private set; } = [];

    public List<ShiftBreak> Breaks { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public static ShiftTemplate Create(NewShiftTemplate details, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Name = details.Name.Trim(),
        Start = details.Start,
        LengthMinutes = details.LengthMinutes,
        Days = details.Days.Distinct().Order().ToList(),
        Breaks = details.Breaks.OrderBy(pause => pause.OffsetMinutes).ToList(),
        CreatedAt = now,
    };

    public ShiftPattern Pattern => new(Id, Name, Start, LengthMinutes, Days, Breaks);
}

/// <summary>What a planner enters for a shift template.</summary>
public sealed record NewShiftTemplate(string Name, TimeOnly Start, int LengthMinutes, IReadOnlyList<DayOfWeek> Days, IReadOnlyList<ShiftBreak> Breaks);

/// <summary>A template as the roster engine needs it, free of persistence.</summary>
public sealed record ShiftPattern(Guid Id, string Name, TimeOnly Start, int LengthMinutes, IReadOnlyList<DayOfWeek> Days, IReadOnlyList<ShiftBreak> Breaks);
