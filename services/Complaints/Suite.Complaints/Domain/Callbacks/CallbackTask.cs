using Suite.ServiceDefaults.Data;

namespace Suite.Complaints.Domain.Callbacks;

/// <summary>
/// A bad-review callback (差评回访): someone calls the customer back by a due time, as often as it takes,
/// and the task ends with whether the review was revised. The store is copied from the complaint so the
/// success rate per store needs no join.
/// </summary>
public sealed class CallbackTask : ITenantOwned
{
    private CallbackTask()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    /// <summary>Changes with every write, so two attempts recorded at once cannot both be kept on the same reading.</summary>
    public Guid Version { get; private set; }

    public Guid ComplaintId { get; private set; }

    public string StoreCode { get; private set; } = "";

    /// <summary>The agent who calls back; null until someone is assigned.</summary>
    public Guid? AgentId { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public List<CallbackAttempt> Attempts { get; private set; } = [];

    public CallbackOutcome? Outcome { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? ClosedBy { get; private set; }

    public bool IsOpen => Outcome is null;

    public bool Reached => Attempts.Any(attempt => attempt.Reached);

    public static CallbackTask Schedule(Complaint complaint, Guid? agentId, DateTimeOffset dueAt, string? note, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Version = Guid.CreateVersion7(now),
        ComplaintId = complaint.Id,
        StoreCode = complaint.StoreCode,
        AgentId = agentId,
        DueAt = dueAt,
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        CreatedAt = now,
        CreatedBy = by,
    };

    /// <summary>Records a call; the caller has checked the task is open.</summary>
    public void Attempted(DateTimeOffset at, bool reached, string? notes, string by, DateTimeOffset now)
    {
        Attempts = [.. Attempts, new CallbackAttempt(at, reached, string.IsNullOrWhiteSpace(notes) ? null : notes.Trim(), by)];
        Attempts.Sort((left, right) => left.At.CompareTo(right.At));
        Version = Guid.CreateVersion7(now);
    }

    /// <summary>Ends the task; the caller has checked it is open and that a revised review followed a call that reached the customer.</summary>
    public void Close(CallbackOutcome outcome, string by, DateTimeOffset now)
    {
        Outcome = outcome;
        ClosedAt = now;
        ClosedBy = by;
        Version = Guid.CreateVersion7(now);
    }

    /// <summary>Still open past its due time, or closed after it.</summary>
    public bool Overdue(DateTimeOffset now) => (ClosedAt ?? now) > DueAt;
}

/// <summary>One call to the customer: when, whether they were reached, what was said, by whom.</summary>
public sealed record CallbackAttempt(DateTimeOffset At, bool Reached, string? Notes, string By);
