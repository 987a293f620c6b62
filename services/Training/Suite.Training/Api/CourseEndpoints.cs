using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.Contracts;
using Suite.ServiceDefaults.Auth;
using Suite.Training.Data;
using Suite.Training.Domain;

namespace Suite.Training.Api;

public static class CourseEndpoints
{
    public static RouteGroupBuilder MapCourseEndpoints(this RouteGroupBuilder group)
    {
        var courses = group.MapGroup("/courses").WithTags("Courses");

        courses.MapPost("/", CreateAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Create a course")
            .WithDescription("A course in one category; its courseware is published afterwards as numbered versions.");
        courses.MapGet("/", ListAsync)
            .WithSummary("List courses")
            .WithDescription("Ordered by title; `category` (kebab-case, e.g. platform-rules-and-red-lines) narrows the list.");
        courses.MapGet("/{id:guid}", GetAsync).WithSummary("One course");
        courses.MapPost("/{id:guid}/versions", PublishAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Publish a new version of the courseware")
            .WithDescription("Markdown lessons with attachments by reference. Earlier versions stay readable, and what agents completed keeps naming the version they took.");
        courses.MapGet("/{id:guid}/versions", ListVersionsAsync).WithSummary("The course's published versions, newest first");
        courses.MapGet("/{id:guid}/versions/{number:int}", GetVersionAsync).WithSummary("One published version's courseware");
        courses.MapPut("/{id:guid}/assessment", SetAssessmentAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Set up the course's quiz")
            .WithDescription("Questions per attempt, time limit, attempts allowed, pass mark and, optionally, how many days the certification granted on passing is valid. Attempts already started keep their own deadline and pass mark.");
        courses.MapPut("/{id:guid}/recertification-path", SetRecertificationPathAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Name the path that renews the course's certification")
            .WithDescription("A learning path of kind recertification (400 naming learningPathId otherwise). Agents whose certification expires soon or has expired are enrolled in it with POST /api/training/certifications/{id}/recertification.");
        return group;
    }

    private static async Task<Results<Ok<CourseResponse>, ValidationProblem, ProblemHttpResult>> SetRecertificationPathAsync(
        Guid id, RecertificationPathRequest request, TrainingDbContext db, CancellationToken cancellationToken)
    {
        var course = await db.Courses.FirstOrDefaultAsync(course => course.Id == id, cancellationToken);
        if (course is null)
        {
            return Problems.NotFound("Course", id);
        }

        var path = await db.LearningPaths.AsNoTracking().FirstOrDefaultAsync(path => path.Id == request.LearningPathId, cancellationToken);
        var problem = path switch
        {
            null => $"No learning path has id {request.LearningPathId}.",
            { Kind: not LearningPathKind.Recertification } => $"Learning path '{path.Name}' is {WireNames.Of(path.Kind)}; a re-certification path has kind recertification.",
            _ => null,
        };
        if (problem is not null)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["learningPathId"] = [problem] }, title: "The re-certification path is not valid.");
        }

        course.SetRecertificationPath(path!.Id);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(CourseResponse.From(course));
    }

    private static async Task<Results<Created<CourseResponse>, ValidationProblem>> CreateAsync(
        CreateCourseRequest request, TrainingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var details = new NewCourse(request.Title ?? "", request.Description ?? "", request.Category);
        var errors = CourseRules.Validate(details);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The course's details are not valid.");
        }

        var course = Course.Create(details, clock.GetUtcNow());
        db.Courses.Add(course);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/training/courses/{course.Id}", CourseResponse.From(course));
    }

    private static async Task<Results<Ok<List<CourseResponse>>, ValidationProblem>> ListAsync(
        TrainingDbContext db, CancellationToken cancellationToken, string? category = null)
    {
        var courses = db.Courses.AsNoTracking();
        if (category is not null)
        {
            if (!WireNames.TryParse<CourseCategory>(category, out var wanted))
            {
                return TypedResults.ValidationProblem(
                    new Dictionary<string, string[]> { ["category"] = [$"category must be one of {string.Join(", ", WireNames.All<CourseCategory>())}."] },
                    title: "The filter is not valid.");
            }

            courses = courses.Where(course => course.Category == wanted);
        }

        var list = await courses.OrderBy(course => course.Title).ThenBy(course => course.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(list.Select(CourseResponse.From).ToList());
    }

    private static async Task<Results<Ok<CourseResponse>, ProblemHttpResult>> GetAsync(
        Guid id, TrainingDbContext db, CancellationToken cancellationToken)
    {
        var course = await db.Courses.AsNoTracking().FirstOrDefaultAsync(course => course.Id == id, cancellationToken);
        return course is null ? Problems.NotFound("Course", id) : TypedResults.Ok(CourseResponse.From(course));
    }

    private static async Task<Results<Created<CourseVersionResponse>, ValidationProblem, ProblemHttpResult>> PublishAsync(
        Guid id, PublishVersionRequest request, TrainingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var course = await db.Courses.FirstOrDefaultAsync(course => course.Id == id, cancellationToken);
        if (course is null)
        {
            return Problems.NotFound("Course", id);
        }

        var lessons = request.ToLessons();
        var errors = CourseRules.Validate(lessons, request.ChangeNote);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The courseware is not valid.");
        }

        var version = course.Publish(lessons!, request.ChangeNote ?? "", clock.GetUtcNow());
        db.CourseVersions.Add(version);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (AnotherPublished(db, id, version.Number))
        {
            return Problems.Conflict("Another version was published meanwhile.",
                $"Someone else published version {version.Number} of this course first. Reload the course and publish again.");
        }

        return TypedResults.Created($"/api/training/courses/{id}/versions/{version.Number}", CourseVersionResponse.From(version));
    }

    private static async Task<Results<Ok<List<CourseVersionSummary>>, ProblemHttpResult>> ListVersionsAsync(
        Guid id, TrainingDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Courses.AnyAsync(course => course.Id == id, cancellationToken))
        {
            return Problems.NotFound("Course", id);
        }

        var versions = await db.CourseVersions.AsNoTracking()
            .Where(version => version.CourseId == id)
            .OrderByDescending(version => version.Number)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(versions.Select(version =>
            new CourseVersionSummary(version.Number, version.ChangeNote, version.Lessons.Count, version.PublishedAt)).ToList());
    }

    private static async Task<Results<Ok<CourseVersionResponse>, ProblemHttpResult>> GetVersionAsync(
        Guid id, int number, TrainingDbContext db, CancellationToken cancellationToken)
    {
        var version = await db.CourseVersions.AsNoTracking()
            .FirstOrDefaultAsync(version => version.CourseId == id && version.Number == number, cancellationToken);
        if (version is not null)
        {
            return TypedResults.Ok(CourseVersionResponse.From(version));
        }

        return await db.Courses.AnyAsync(course => course.Id == id, cancellationToken)
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Course version not found.",
                detail: $"Course {id} has no published version {number}.")
            : Problems.NotFound("Course", id);
    }

    private static async Task<Results<Ok<CourseResponse>, ValidationProblem, ProblemHttpResult>> SetAssessmentAsync(
        Guid id, AssessmentRequest request, TrainingDbContext db, CancellationToken cancellationToken)
    {
        var course = await db.Courses.FirstOrDefaultAsync(course => course.Id == id, cancellationToken);
        if (course is null)
        {
            return Problems.NotFound("Course", id);
        }

        var settings = request.ToSettings();
        var errors = CourseRules.Validate(settings);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The quiz settings are not valid.");
        }

        course.SetAssessment(settings);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(CourseResponse.From(course));
    }

    /// <summary>The version number or the course's counter was taken by someone else's publication.</summary>
    private static bool AnotherPublished(TrainingDbContext db, Guid courseId, int number)
    {
        db.ChangeTracker.Clear();
        return db.CourseVersions.Any(version => version.CourseId == courseId && version.Number == number);
    }
}
