using Microsoft.EntityFrameworkCore;
using Suite.Training.Domain;

namespace Suite.Training.Data;

/// <summary>What enrolling an agent in a path came to: a new enrolment, a completed one reopened, or why neither.</summary>
public sealed record EnrolOutcome(Enrolment? Enrolment, bool Reopened, string? WhyNot);

/// <summary>
/// Enrols an agent a supervisor chose in a path, staged on the context for the caller's SaveChanges.
/// An agent is on a path at most once (the unique index); a completed re-certification path is taken
/// again by reopening that one enrolment.
/// </summary>
public static class Enrolling
{
    public static async Task<EnrolOutcome> EnrolAsync(
        this TrainingDbContext db, Guid agentId, LearningPath path, DateOnly dueOn, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await db.Enrolments.FirstOrDefaultAsync(
            enrolment => enrolment.AgentId == agentId && enrolment.LearningPathId == path.Id, cancellationToken);
        if (existing is null)
        {
            var enrolment = Enrolment.Assign(agentId, path, dueOn, reason, now);
            db.Enrolments.Add(enrolment);
            return new EnrolOutcome(enrolment, false, null);
        }

        if (existing.Status != EnrolmentStatus.Completed)
        {
            return new EnrolOutcome(null, false,
                $"Agent {agentId} is already enrolled in '{path.Name}' (enrolment {existing.Id}, due {existing.DueOn:yyyy-MM-dd}).");
        }

        if (path.Kind != LearningPathKind.Recertification)
        {
            return new EnrolOutcome(null, false,
                $"Agent {agentId} already completed '{path.Name}' (enrolment {existing.Id}); only a re-certification path is taken again.");
        }

        existing.Reopen(dueOn, reason, now);
        return new EnrolOutcome(existing, true, null);
    }

    /// <summary>The unique enrolment index refused our write: the same agent was enrolled in the path meanwhile.</summary>
    public static bool EnrolledMeanwhile(this TrainingDbContext db, Guid agentId, Guid pathId)
    {
        db.ChangeTracker.Clear();
        return db.Enrolments.Any(enrolment => enrolment.AgentId == agentId && enrolment.LearningPathId == pathId);
    }
}
