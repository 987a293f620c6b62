using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.Training.Data;

namespace Suite.Training.Api;

public static class EnrolmentEndpoints
{
    public static RouteGroupBuilder MapEnrolmentEndpoints(this RouteGroupBuilder group)
    {
        // No :guid constraint: a malformed agent id is the caller's mistake (400), not an unknown route (404).
        group.MapGet("/agents/{agentId}/enrolments", ListForAgentAsync)
            .WithTags("Enrolments")
            .WithSummary("An agent's enrolments")
            .WithDescription("Newest first. Training does not own agents: an agent it has never enrolled has an empty list.");
        group.MapGet("/enrolments/{id:guid}/progress", ProgressAsync)
            .WithTags("Enrolments")
            .WithSummary("An enrolment's progress through its path's courses")
            .WithDescription("Each course of the path in order, with the version the agent completed (passing the course's quiz completes it).");
        return group;
    }

    private static async Task<Ok<List<EnrolmentResponse>>> ListForAgentAsync(
        Guid agentId, TrainingDbContext db, CancellationToken cancellationToken)
    {
        var enrolments = await db.EnrolmentsOfAsync(agentId, cancellationToken);
        return TypedResults.Ok(enrolments.Select(EnrolmentResponse.From).ToList());
    }

    private static async Task<Results<Ok<EnrolmentProgressResponse>, ProblemHttpResult>> ProgressAsync(
        Guid id, TrainingDbContext db, CancellationToken cancellationToken)
    {
        var row = await (from enrolment in db.Enrolments.AsNoTracking()
                         join path in db.LearningPaths.AsNoTracking() on enrolment.LearningPathId equals path.Id
                         where enrolment.Id == id
                         select new AgentEnrolment(enrolment, path.Name))
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return Problems.NotFound("Enrolment", id);
        }

        var courses = await (from entry in db.LearningPathCourses.AsNoTracking()
                             join course in db.Courses.AsNoTracking() on entry.CourseId equals course.Id
                             where entry.LearningPathId == row.Enrolment.LearningPathId
                             orderby entry.Position
                             select new { entry.Position, course.Id, course.Title })
            .ToListAsync(cancellationToken);
        var courseIds = courses.Select(course => course.Id).ToList();
        var completions = (await db.CourseCompletions.AsNoTracking()
                .Where(completion => completion.AgentId == row.Enrolment.AgentId && courseIds.Contains(completion.CourseId))
                .ToListAsync(cancellationToken))
            .GroupBy(completion => completion.CourseId)
            .ToDictionary(group => group.Key, group => group.OrderByDescending(completion => completion.CompletedAt).First());
        var progress = courses.Select(course => completions.TryGetValue(course.Id, out var completion)
                ? new ProgressCourse(course.Position, course.Id, course.Title, true, completion.CourseVersion, completion.CompletedAt)
                : new ProgressCourse(course.Position, course.Id, course.Title, false, null, null))
            .ToList();
        return TypedResults.Ok(new EnrolmentProgressResponse(
            EnrolmentResponse.From(row), progress.Count(course => course.Completed), progress.Count, progress));
    }
}
