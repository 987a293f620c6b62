using Suite.ServiceDefaults.Data;

namespace Suite.Scheduling.Domain.Demand;

/// <summary>The contacts a queue expects in one 15- or 30-minute interval, and how long each takes.</summary>
public sealed class DemandInterval : ITenantOwned
{
    private DemandInterval()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid QueueId { get; private set; }

    /// <summary>The interval's start as a UTC instant.</summary>
    public DateTimeOffset Start { get; private set; }

    public int IntervalMinutes { get; private set; }

    public double ExpectedContacts { get; private set; }

    public double AhtSeconds { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public DateTimeOffset End => Start.AddMinutes(IntervalMinutes);

    public static DemandInterval Record(DemandRow row, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        QueueId = row.QueueId,
        Start = row.Start.ToUniversalTime(),
        IntervalMinutes = row.IntervalMinutes,
        ExpectedContacts = row.Contacts,
        AhtSeconds = row.AhtSeconds,
        RecordedAt = now,
    };
}

/// <summary>A complete, validated line of demand.</summary>
public sealed record DemandRow(Guid QueueId, DateTimeOffset Start, int IntervalMinutes, double Contacts, double AhtSeconds)
{
    public DateTimeOffset End => Start.AddMinutes(IntervalMinutes);
}

/// <summary>A line of demand as entered; <see cref="Line"/> names it in errors ("rows[3]", "line 7").</summary>
public sealed record DemandRowInput(string Line, Guid? QueueId, DateTimeOffset? Start, int? IntervalMinutes, double? Contacts, double? AhtSeconds);
