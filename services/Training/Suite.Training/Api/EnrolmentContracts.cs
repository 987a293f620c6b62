using Suite.Training.Data;
using Suite.Training.Domain;

namespace Suite.Training.Api;

public sealed record EnrolmentResponse(
    Guid Id,
    Guid AgentId,
    Guid LearningPathId,
    string LearningPathName,
    EnrolmentStatus Status,
    string Reason,
    DateTimeOffset EnrolledAt,
    DateOnly DueOn)
{
    public static EnrolmentResponse From(AgentEnrolment row) => new(
        row.Enrolment.Id, row.Enrolment.AgentId, row.Enrolment.LearningPathId, row.LearningPathName,
        row.Enrolment.Status, row.Enrolment.Reason, row.Enrolment.EnrolledAt, row.Enrolment.DueOn);
}

/// <summary>
/// The body of POST /api/training/enrolments: a supervisor enrols an agent in a path (an advanced path for an
/// experienced agent, say). Without a due date the path's number of days from today applies.
/// </summary>
public sealed record EnrolRequest(Guid AgentId, Guid LearningPathId, DateOnly? DueOn = null, string? Reason = null);

/// <summary>One line of the overdue list: the enrolment, whose it is and in which team, and how late.</summary>
public sealed record OverdueEnrolmentResponse(
    Guid EnrolmentId,
    Guid AgentId,
    string? AgentName,
    string? Team,
    Guid LearningPathId,
    string LearningPathName,
    EnrolmentStatus Status,
    DateOnly DueOn,
    int DaysOverdue);
