using Suite.ServiceDefaults.Data;

namespace Suite.Complaints.Domain.Routing;

/// <summary>
/// A question the complaints desk hands to another department, with its own clock: due after the route's
/// answer time, counted on the store's open hours. While any hand-off of a complaint is open the
/// complaint waits in Awaiting department, and its resolution clock is paused.
/// </summary>
public sealed class HandOff : ITenantOwned
{
    private HandOff()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid ComplaintId { get; private set; }

    public HandOffTopic Topic { get; private set; }

    public string Department { get; private set; } = "";

    public string Question { get; private set; } = "";

    public DateTimeOffset RequestedAt { get; private set; }

    public string RequestedBy { get; private set; } = "";

    public DateTimeOffset? DueAt { get; private set; }

    public string? Answer { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public string? AnsweredBy { get; private set; }

    public bool IsOpen => AnsweredAt is null;

    public static HandOff Request(Guid complaintId, DepartmentRoute route, string question, DateTimeOffset? dueAt, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ComplaintId = complaintId,
        Topic = route.Topic,
        Department = route.Department,
        Question = question.Trim(),
        RequestedAt = now,
        RequestedBy = by,
        DueAt = dueAt,
    };

    public void Answered(string answer, string by, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw new InvalidOperationException("The hand-off has already been answered.");
        }

        Answer = answer.Trim();
        AnsweredBy = by;
        AnsweredAt = now;
    }

    /// <summary>Answered after its due time, or still open past it.</summary>
    public bool Overdue(DateTimeOffset now) => DueAt is { } due && (AnsweredAt ?? now) > due;
}
