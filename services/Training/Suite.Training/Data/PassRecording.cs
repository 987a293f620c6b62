using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Events;
using Suite.Training.Domain;

namespace Suite.Training.Data;

/// <summary>What passing a course's quiz leads to, staged on the context for the caller's SaveChanges.</summary>
public static class PassRecording
{
    /// <summary>
    /// The completion (naming the version taken) and, when the course certifies, a certification that
    /// supersedes the agent's previous one for the course, announced with CertificationGranted.
    /// </summary>
    public static async Task RecordPassAsync(this TrainingDbContext db, QuizAttempt passed, string tenantId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.CourseCompletions.Add(CourseCompletion.Of(passed, now));
        await AdvanceEnrolmentsAsync(db, passed, tenantId, now, cancellationToken);
        var course = await db.Courses.FirstAsync(course => course.Id == passed.CourseId, cancellationToken);
        if (course.Assessment?.CertificationValidityDays is not { } validityDays)
        {
            return;
        }

        var previous = await db.Certifications
            .Where(certification => certification.AgentId == passed.AgentId && certification.CourseId == course.Id && certification.SupersededAt == null)
            .ToListAsync(cancellationToken);
        foreach (var certification in previous)
        {
            certification.Supersede(now);
        }

        var granted = Certification.Grant(passed, course, validityDays, now);
        db.Certifications.Add(granted);
        db.AddEvent(new CertificationGranted(
            Guid.CreateVersion7(now), tenantId, now, granted.AgentId, granted.Id, granted.Skill, granted.ValidUntil));
    }

    /// <summary>
    /// Every open enrolment of the agent on a path that includes the passed course moves on; one whose
    /// path's courses are now all completed is completed, announced with TrainingCompleted.
    /// </summary>
    private static async Task AdvanceEnrolmentsAsync(TrainingDbContext db, QuizAttempt passed, string tenantId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pathIds = await db.LearningPathCourses.Where(entry => entry.CourseId == passed.CourseId).Select(entry => entry.LearningPathId).ToListAsync(cancellationToken);
        var open = await (from enrolment in db.Enrolments
                          join path in db.LearningPaths on enrolment.LearningPathId equals path.Id
                          where enrolment.AgentId == passed.AgentId && pathIds.Contains(enrolment.LearningPathId) && enrolment.Status != EnrolmentStatus.Completed
                          select new { Enrolment = enrolment, path.Kind })
            .ToListAsync(cancellationToken);
        if (open.Count == 0)
        {
            return;
        }

        var completions = await db.CourseCompletions.Where(completion => completion.AgentId == passed.AgentId)
            .Select(completion => new { completion.CourseId, completion.CompletedAt })
            .ToListAsync(cancellationToken);
        foreach (var (enrolment, kind) in open.Select(row => (row.Enrolment, row.Kind)))
        {
            var completedCourses = completions.Where(completion => enrolment.Counts(kind, completion.CompletedAt))
                .Select(completion => completion.CourseId).Append(passed.CourseId).ToHashSet();
            var pathCourses = await db.LearningPathCourses.Where(entry => entry.LearningPathId == enrolment.LearningPathId)
                .Select(entry => entry.CourseId).ToListAsync(cancellationToken);
            if (enrolment.RecordProgress(pathCourses.Count(completedCourses.Contains), pathCourses.Count))
            {
                db.AddEvent(new TrainingCompleted(Guid.CreateVersion7(now), tenantId, now, enrolment.AgentId, enrolment.Id, enrolment.LearningPathId));
            }
        }
    }
}
