using Microsoft.EntityFrameworkCore;
using Suite.Training.Domain;

namespace Suite.Training.Data;

/// <summary>An enrolment with the name of its path, which every reader of an agent's enrolments shows.</summary>
public sealed record AgentEnrolment(Enrolment Enrolment, string LearningPathName);

/// <summary>The one query behind both the REST and the gRPC view of an agent's enrolments.</summary>
public static class AgentEnrolments
{
    /// <summary>Newest first; an agent Training has never heard of simply has none.</summary>
    public static Task<List<AgentEnrolment>> EnrolmentsOfAsync(this TrainingDbContext db, Guid agentId, CancellationToken cancellationToken) =>
        (from enrolment in db.Enrolments.AsNoTracking()
         join path in db.LearningPaths.AsNoTracking() on enrolment.LearningPathId equals path.Id
         where enrolment.AgentId == agentId
         orderby enrolment.EnrolledAt descending, enrolment.Id descending
         select new AgentEnrolment(enrolment, path.Name))
        .ToListAsync(cancellationToken);
}
