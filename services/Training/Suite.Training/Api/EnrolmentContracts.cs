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
