using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.Quality.Data;
using Suite.Quality.Domain;
using Suite.ServiceDefaults.Auth;

namespace Suite.Quality.Api;

public static class AutoQaPolicyEndpoints
{
    public static RouteGroupBuilder MapAutoQaPolicyEndpoints(this RouteGroupBuilder group)
    {
        var policy = group.MapGroup("/auto-qa/policy").WithTags("Conversations and auto-QA");

        policy.MapGet("/", GetAsync)
            .WithSummary("The tenant's auto-QA policy")
            .WithDescription("Greeting and closing phrases, red-line phrase lists per category, contact-detail detection and the response-time threshold. The Chinese and English defaults until the tenant sets its own.");
        policy.MapPut("/", ReplaceAsync)
            .RequireAuthorization(builder => builder.RequireRole(SuiteRoles.Management))
            .WithSummary("Replace the tenant's auto-QA policy")
            .WithDescription("Applies to conversations ingested from now on; those already inspected keep their result. Phrases match case-insensitively in Latin script.");
        return group;
    }

    private static async Task<Ok<AutoQaPolicyDocument>> GetAsync(QualityDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(AutoQaPolicyDocument.From(await db.CurrentAsync(cancellationToken)));

    private static async Task<Results<Ok<AutoQaPolicyDocument>, ValidationProblem, ProblemHttpResult>> ReplaceAsync(
        AutoQaPolicyDocument request, QualityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var draft = request.ToDraft();
        var errors = AutoQaPolicy.Validate(draft);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The auto-QA policy is not valid.");
        }

        var policy = AutoQaPolicy.From(draft);
        var now = clock.GetUtcNow();
        var settings = await db.AutoQaSettings.FirstOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = TenantAutoQaSettings.Create(policy, now);
            db.AutoQaSettings.Add(settings);
        }
        else
        {
            settings.Replace(policy, now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Only the tenant's first policy can collide: another manager set one at the same moment.
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "The policy was set by someone else meanwhile.",
                detail: "Reload the auto-QA policy and apply your change again.");
        }

        return TypedResults.Ok(AutoQaPolicyDocument.From(settings.ToPolicy()));
    }
}
