using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.ServiceDefaults.Auth;
using Suite.Training.Data;
using Suite.Training.Domain;

namespace Suite.Training.Api;

public static class LearningPathEndpoints
{
    public static RouteGroupBuilder MapLearningPathEndpoints(this RouteGroupBuilder group)
    {
        var paths = group.MapGroup("/learning-paths").WithTags("Learning paths");

        paths.MapPost("/", CreateAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Create a learning path")
            .WithDescription("Making it the default onboarding path un-defaults the previous one: new hires are enrolled in it from then on.");
        paths.MapGet("/", ListAsync)
            .WithSummary("List learning paths")
            .WithDescription("Every learning path of the tenant, ordered by name.");
        paths.MapGet("/{id:guid}", GetAsync).WithSummary("One learning path");
        return group;
    }

    private static async Task<Results<Created<LearningPathResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateLearningPathRequest request, TrainingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var details = new NewLearningPath(
            request.Name ?? "", request.Description ?? "", request.Kind, request.DueAfterDays, request.IsDefaultOnboarding);
        var errors = LearningPathRules.Validate(details);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The learning path's details are not valid.");
        }

        var path = LearningPath.Create(details, clock.GetUtcNow());
        Guid? previousDefaultId = null;
        if (path.IsDefaultOnboarding)
        {
            // Written by the same SaveChanges as the new path, so the tenant never has two defaults, nor none in between.
            var previousDefault = await db.LearningPaths.FirstOrDefaultAsync(existing => existing.IsDefaultOnboarding, cancellationToken);
            previousDefault?.StopBeingDefaultOnboarding();
            previousDefaultId = previousDefault?.Id;
        }

        db.LearningPaths.Add(path);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (path.IsDefaultOnboarding && AnotherDefaultWasDesignated(db, previousDefaultId))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Another default onboarding path was designated meanwhile.",
                detail: "Someone else made another learning path the default onboarding path first. Reload the learning paths and try again.");
        }

        return TypedResults.Created($"/api/training/learning-paths/{path.Id}", LearningPathResponse.From(path));
    }

    private static async Task<Ok<List<LearningPathResponse>>> ListAsync(TrainingDbContext db, CancellationToken cancellationToken)
    {
        var paths = await db.LearningPaths.AsNoTracking()
            .OrderBy(path => path.Name).ThenBy(path => path.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(paths.Select(LearningPathResponse.From).ToList());
    }

    private static async Task<Results<Ok<LearningPathResponse>, ProblemHttpResult>> GetAsync(
        Guid id, TrainingDbContext db, CancellationToken cancellationToken)
    {
        var path = await db.LearningPaths.AsNoTracking().FirstOrDefaultAsync(path => path.Id == id, cancellationToken);
        return path is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Learning path not found.", detail: $"No learning path has id {id}.")
            : TypedResults.Ok(LearningPathResponse.From(path));
    }

    /// <summary>The unique default index refused our write: someone else's default got in first.</summary>
    private static bool AnotherDefaultWasDesignated(TrainingDbContext db, Guid? previousDefaultId)
    {
        db.ChangeTracker.Clear();
        return db.LearningPaths.Any(existing => existing.IsDefaultOnboarding && existing.Id != previousDefaultId);
    }
}
