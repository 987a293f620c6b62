using Microsoft.EntityFrameworkCore;

namespace Suite.Training.Data;

/// <summary>The one query behind both the REST and the gRPC view of an agent's enrolments.</summary>
public static class EnrolmentQueries
{
    /// <summary>Newest first; an agent Training has never enrolled simply has none.</summary>
    public static Task<List<AgentEnrolment>> EnrolmentsOfAsync(this TrainingDbContext db, Guid agentId, CancellationToken cancellationToken) =>
        (from enrolment in db.Enrolments.AsNoTracking()
         join path in db.LearningPaths.AsNoTracking() on enrolment.LearningPathId equals path.Id
         where enrolment.AgentId == agentId
         orderby enrolment.EnrolledAt descending, enrolment.Id descending
         select new AgentEnrolment(enrolment, path.Name))
        .ToListAsync(cancellationToken);
}
