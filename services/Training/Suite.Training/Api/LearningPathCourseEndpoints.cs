using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.ServiceDefaults.Auth;
using Suite.Training.Data;
using Suite.Training.Domain;

namespace Suite.Training.Api;

/// <summary>The body of PUT /api/training/learning-paths/{id}/courses: the path's whole course list, in order.</summary>
public sealed record SetPathCoursesRequest(IReadOnlyList<Guid>? CourseIds);

public sealed record PathCourseResponse(int Position, Guid CourseId, string Title, CourseCategory Category, int LatestVersion);

public static class LearningPathCourseEndpoints
{
    public static RouteGroupBuilder MapLearningPathCourseEndpoints(this RouteGroupBuilder group)
    {
        var courses = group.MapGroup("/learning-paths/{id:guid}/courses").WithTags("Learning paths");
        courses.MapPut("/", SetAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Set the path's courses, in order")
            .WithDescription("Replaces the whole list; an empty list clears it.");
        courses.MapGet("/", ListAsync).WithSummary("The path's courses, in order");
        return group;
    }

    private static async Task<Results<Ok<List<PathCourseResponse>>, ValidationProblem, ProblemHttpResult>> SetAsync(
        Guid id, SetPathCoursesRequest request, TrainingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await db.LearningPaths.AnyAsync(path => path.Id == id, cancellationToken))
        {
            return Problems.NotFound("Learning path", id);
        }

        var requested = request.CourseIds ?? [];
        var known = (await db.Courses.Where(course => requested.Contains(course.Id)).Select(course => course.Id).ToListAsync(cancellationToken)).ToHashSet();
        var errors = LearningPathRules.ValidateCourses(request.CourseIds, known);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The path's courses are not valid.");
        }

        db.LearningPathCourses.RemoveRange(await db.LearningPathCourses.Where(entry => entry.LearningPathId == id).ToListAsync(cancellationToken));
        db.LearningPathCourses.AddRange(LearningPathCourse.Sequence(id, requested, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await CoursesOfAsync(db, id, cancellationToken));
    }

    private static async Task<Results<Ok<List<PathCourseResponse>>, ProblemHttpResult>> ListAsync(
        Guid id, TrainingDbContext db, CancellationToken cancellationToken) =>
        await db.LearningPaths.AnyAsync(path => path.Id == id, cancellationToken)
            ? TypedResults.Ok(await CoursesOfAsync(db, id, cancellationToken))
            : Problems.NotFound("Learning path", id);

    private static Task<List<PathCourseResponse>> CoursesOfAsync(TrainingDbContext db, Guid pathId, CancellationToken cancellationToken) =>
        (from entry in db.LearningPathCourses.AsNoTracking()
         join course in db.Courses.AsNoTracking() on entry.CourseId equals course.Id
         where entry.LearningPathId == pathId
         orderby entry.Position
         select new PathCourseResponse(entry.Position, course.Id, course.Title, course.Category, course.LatestVersion))
        .ToListAsync(cancellationToken);
}
