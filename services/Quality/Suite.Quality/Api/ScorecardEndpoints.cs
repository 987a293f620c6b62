using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.Quality.Data;
using Suite.Quality.Domain;
using Suite.ServiceDefaults.Auth;

namespace Suite.Quality.Api;

public static class ScorecardEndpoints
{
    public static RouteGroupBuilder MapScorecardEndpoints(this RouteGroupBuilder group)
    {
        var scorecards = group.MapGroup("/scorecards").WithTags("Scorecards");

        scorecards.MapPost("/", CreateAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Create a scorecard (version 1)")
            .WithDescription("Sections of weighted criteria; N/A per criterion; critical criteria that zero the evaluation or their section; bonus criteria. A key already in use is a 409: add a version instead.");
        scorecards.MapPost("/{key}/versions", AddVersionAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Revise a scorecard as a new version")
            .WithDescription("Earlier versions stay as they were, with the evaluations scored against them; the new version applies from now on.");
        scorecards.MapGet("/", ListAsync)
            .WithSummary("The latest version of every scorecard");
        scorecards.MapGet("/{key}/versions", VersionsAsync)
            .WithSummary("Every version of one scorecard, newest first");
        scorecards.MapGet("/{id:guid}", GetAsync).WithSummary("One scorecard version");
        scorecards.MapPost("/{id:guid}/score-preview", PreviewAsync)
            .WithSummary("Score answers against a scorecard version without storing anything");
        return group;
    }

    private static async Task<Results<Created<ScorecardResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        ScorecardRequest request, QualityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var draft = request.ToDraft();
        var errors = ScorecardRules.Validate(draft);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The scorecard is not valid.");
        }

        var key = draft.Key!.Trim();
        if (await db.Scorecards.AnyAsync(scorecard => scorecard.Key == key, cancellationToken))
        {
            return KeyTaken(key);
        }

        var created = await SaveAsync(db, Scorecard.Create(ScorecardRules.ToNewScorecard(draft, key), 1, clock.GetUtcNow()), cancellationToken);
        return created is null ? KeyTaken(key) : created;
    }

    private static async Task<Results<Created<ScorecardResponse>, ValidationProblem, ProblemHttpResult>> AddVersionAsync(
        string key, ScorecardRequest request, QualityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var draft = request.ToDraft();
        var errors = ScorecardRules.Validate(draft, keyFromRoute: true);
        if (request.Key is not null && request.Key.Trim() != key)
        {
            errors["key"] = ["key, when given, must be the key in the route."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The scorecard is not valid.");
        }

        var latest = await db.Scorecards.AsNoTracking().Where(scorecard => scorecard.Key == key)
            .MaxAsync(scorecard => (int?)scorecard.Version, cancellationToken);
        if (latest is null)
        {
            return NotFound(key);
        }

        var created = await SaveAsync(db, Scorecard.Create(ScorecardRules.ToNewScorecard(draft, key), latest.Value + 1, clock.GetUtcNow()), cancellationToken);
        return created is null
            ? TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Another version was added meanwhile.",
                detail: $"Someone else added version {latest.Value + 1} of '{key}' first. Reload it and apply your change again.")
            : created;
    }

    /// <summary>Null when the unique (key, version) index refused the row: someone else got there first.</summary>
    private static async Task<Created<ScorecardResponse>?> SaveAsync(QualityDbContext db, Scorecard scorecard, CancellationToken cancellationToken)
    {
        db.Scorecards.Add(scorecard);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var versionTaken = await db.Scorecards.AnyAsync(
                existing => existing.Key == scorecard.Key && existing.Version == scorecard.Version, cancellationToken);
            if (!versionTaken)
            {
                throw;
            }

            return null;
        }

        return TypedResults.Created($"/api/quality/scorecards/{scorecard.Id}", ScorecardResponse.From(scorecard));
    }

    private static async Task<Ok<List<ScorecardResponse>>> ListAsync(QualityDbContext db, CancellationToken cancellationToken)
    {
        var all = await db.Scorecards.AsNoTracking().ToListAsync(cancellationToken);
        return TypedResults.Ok(all.GroupBy(scorecard => scorecard.Key)
            .Select(versions => versions.MaxBy(scorecard => scorecard.Version)!)
            .OrderBy(scorecard => scorecard.Key, StringComparer.Ordinal)
            .Select(ScorecardResponse.From)
            .ToList());
    }

    private static async Task<Results<Ok<List<ScorecardResponse>>, ProblemHttpResult>> VersionsAsync(
        string key, QualityDbContext db, CancellationToken cancellationToken)
    {
        var versions = await db.Scorecards.AsNoTracking().Where(scorecard => scorecard.Key == key)
            .OrderByDescending(scorecard => scorecard.Version).ToListAsync(cancellationToken);
        return versions.Count == 0 ? NotFound(key) : TypedResults.Ok(versions.Select(ScorecardResponse.From).ToList());
    }

    private static async Task<Results<Ok<ScorecardResponse>, ProblemHttpResult>> GetAsync(
        Guid id, QualityDbContext db, CancellationToken cancellationToken)
    {
        var scorecard = await db.Scorecards.AsNoTracking().FirstOrDefaultAsync(scorecard => scorecard.Id == id, cancellationToken);
        return scorecard is null ? NotFound(id) : TypedResults.Ok(ScorecardResponse.From(scorecard));
    }

    private static async Task<Results<Ok<EvaluationScore>, ValidationProblem, ProblemHttpResult>> PreviewAsync(
        Guid id, ScorePreviewRequest request, QualityDbContext db, CancellationToken cancellationToken)
    {
        var scorecard = await db.Scorecards.AsNoTracking().FirstOrDefaultAsync(scorecard => scorecard.Id == id, cancellationToken);
        if (scorecard is null)
        {
            return NotFound(id);
        }

        var answers = request.Answers ?? [];
        var errors = ScoreCalculator.ValidateAnswers(scorecard.Sections, answers);
        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors, title: "The answers do not fit the scorecard.")
            : TypedResults.Ok(ScoreCalculator.Calculate(scorecard.Sections, answers));
    }

    internal static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Scorecard not found.", detail: $"No scorecard version has id {id}.");

    private static ProblemHttpResult NotFound(string key) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Scorecard not found.", detail: $"No scorecard has key '{key}'.");

    private static ProblemHttpResult KeyTaken(string key) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "Scorecard key already in use.",
            detail: $"A scorecard with key '{key}' exists; add a version to it with POST /api/quality/scorecards/{key}/versions.");
}
