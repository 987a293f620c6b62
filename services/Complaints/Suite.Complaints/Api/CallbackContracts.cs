using Suite.Complaints.Domain.Callbacks;

namespace Suite.Complaints.Api;

/// <summary>The body of POST /api/complaints/complaints/{id}/callbacks.</summary>
public sealed record ScheduleCallbackRequest(DateTimeOffset? DueAt, Guid? AgentId, string? Note);

/// <summary>The body of POST /api/complaints/callbacks/{id}/attempts; <see cref="At"/> defaults to now.</summary>
public sealed record CallbackAttemptRequest(DateTimeOffset? At, bool? Reached, string? Notes);

/// <summary>The body of POST /api/complaints/callbacks/{id}/outcome.</summary>
public sealed record CallbackOutcomeRequest(CallbackOutcome? Outcome, string? Note);

public sealed record CallbackResponse(
    Guid Id, Guid Version, Guid ComplaintId, string StoreCode, Guid? AgentId, DateTimeOffset DueAt, string? Note,
    DateTimeOffset CreatedAt, string CreatedBy, IReadOnlyList<CallbackAttempt> Attempts, CallbackOutcome? Outcome,
    DateTimeOffset? ClosedAt, string? ClosedBy, bool Overdue)
{
    public static CallbackResponse From(CallbackTask task, DateTimeOffset now) => new(
        task.Id, task.Version, task.ComplaintId, task.StoreCode, task.AgentId, task.DueAt, task.Note, task.CreatedAt, task.CreatedBy,
        task.Attempts, task.Outcome, task.ClosedAt, task.ClosedBy, task.Overdue(now));
}

/// <summary>Callback results of one store or agent: of the closed tasks, how many reached the customer and got the review revised.</summary>
public sealed record CallbackRate(string Key, int Tasks, int Closed, int Reached, int Revised, double SuccessRate, double ReachRate);

public sealed record CallbackReport(IReadOnlyList<CallbackRate> ByStore, IReadOnlyList<CallbackRate> ByAgent);
