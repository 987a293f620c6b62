using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.ServiceDefaults.Auth;
using Suite.Training.Data;
using Suite.Training.Domain;

namespace Suite.Training.Api;

public sealed record CourseReportResponse(
    Guid CourseId, string Title, CourseCategory Category, int AgentsAttempted, int AttemptsDecided, int AttemptsPassed,
    decimal? PassRatePercent, int AgentsCompleted);

public static class ReportEndpoints
{
    public static RouteGroupBuilder MapReportEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/reports/courses", CoursesAsync)
            .WithTags("Reports")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Completion and pass rates per course")
            .WithDescription("Every course of the tenant, ordered by title: agents who attempted its quiz, decided and passed attempts, the pass rate of decided attempts, and agents who completed it.");
        return group;
    }

    private static async Task<Ok<List<CourseReportResponse>>> CoursesAsync(TrainingDbContext db, CancellationToken cancellationToken)
    {
        var courses = await db.Courses.AsNoTracking().OrderBy(course => course.Title).ThenBy(course => course.Id).ToListAsync(cancellationToken);
        var attempts = (await db.QuizAttempts.AsNoTracking()
                .Select(attempt => new { attempt.CourseId, attempt.AgentId, attempt.Status })
                .ToListAsync(cancellationToken))
            .ToLookup(attempt => attempt.CourseId, attempt => (attempt.AgentId, attempt.Status));
        var completions = (await db.CourseCompletions.AsNoTracking()
                .Select(completion => new { completion.CourseId, completion.AgentId })
                .ToListAsync(cancellationToken))
            .ToLookup(completion => completion.CourseId, completion => completion.AgentId);

        return TypedResults.Ok(courses.Select(course =>
        {
            var report = CourseReport.Of(course.Id, attempts[course.Id], completions[course.Id]);
            return new CourseReportResponse(course.Id, course.Title, course.Category, report.AgentsAttempted, report.AttemptsDecided,
                report.AttemptsPassed, report.PassRatePercent, report.AgentsCompleted);
        }).ToList());
    }
}
