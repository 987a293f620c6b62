using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Suite.ServiceDefaults.Auth;
using Suite.ServiceDefaults.Data;
using Suite.ServiceDefaults.Messaging.DeadLetters;
using Suite.ServiceDefaults.Paging;

namespace Suite.ServiceDefaults.Messaging;

public static class DeadLetterEndpoints
{
    /// <summary>
    /// Maps /api/{service}/admin/dead-letters for the service whose database <typeparamref name="TContext"/>
    /// is: the list, one dead letter with its message, and replay. Admins only, and only their tenant's
    /// messages. Program.cs calls it once per service it hosts, after the service's module is added.
    /// </summary>
    public static RouteGroupBuilder MapSuiteDeadLetters<TContext>(this IEndpointRouteBuilder endpoints, string service)
        where TContext : SuiteDbContext
    {
        var group = endpoints.MapGroup($"/api/{service}/admin/dead-letters")
            .WithGroupName(service)
            .WithTags("Dead letters")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Admin))
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/", ListAsync<TContext>)
            .WithName($"{service}-list-dead-letters")
            .WithSummary("List dead letters")
            .WithDescription("Messages a consumer of this service could not apply after all its retries, newest failure first, " +
                "with the consumer, the error, the attempts and the first and last failure. `pending=true` lists only those not replayed.");
        group.MapGet("/{id:guid}", GetAsync<TContext>)
            .WithName($"{service}-get-dead-letter")
            .WithSummary("One dead letter")
            .WithDescription("The dead letter with the message it holds (JSON), as it will be re-delivered on replay.");
        group.MapPost("/{id:guid}/replay", ReplayAsync<TContext>)
            .WithName($"{service}-replay-dead-letter")
            .WithSummary("Replay a dead letter")
            .WithDescription("Re-delivers the message to the queue of the consumer that failed on it, once the cause is fixed, and marks " +
                "it replayed. The consumer's inbox still guarantees one effect. A replayed message is a 409 until it fails again.");
        return group;
    }

    private static async Task<Results<Ok<PagedResponse<DeadLetterResponse>>, ValidationProblem>> ListAsync<TContext>(
        [FromServices] DeadLetterAdmin<TContext> admin, CancellationToken cancellationToken,
        int page = 1, int pageSize = PageRequest.DefaultPageSize, bool pending = false)
        where TContext : SuiteDbContext
    {
        var pageRequest = new PageRequest(page, pageSize);
        var errors = new Dictionary<string, string[]>();
        pageRequest.Validate(errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var letters = await admin.ListAsync(pageRequest, pending, cancellationToken);
        return TypedResults.Ok(pageRequest.Answer(letters.Items.Select(DeadLetterResponse.From).ToList(), letters.Total));
    }

    private static async Task<Results<Ok<DeadLetterDetailResponse>, ProblemHttpResult>> GetAsync<TContext>(
        Guid id, [FromServices] DeadLetterAdmin<TContext> admin, CancellationToken cancellationToken)
        where TContext : SuiteDbContext
    {
        var letter = await admin.FindAsync(id, cancellationToken);
        return letter is null
            ? NotFound(id)
            : TypedResults.Ok(new DeadLetterDetailResponse(DeadLetterResponse.From(letter), letter.Payload));
    }

    private static async Task<Results<Ok<DeadLetterResponse>, ProblemHttpResult>> ReplayAsync<TContext>(
        Guid id, [FromServices] DeadLetterAdmin<TContext> admin, CancellationToken cancellationToken)
        where TContext : SuiteDbContext
    {
        var (outcome, letter) = await admin.ReplayAsync(id, cancellationToken);
        return outcome switch
        {
            DeadLetterAdmin<TContext>.ReplayOutcome.Replayed => TypedResults.Ok(DeadLetterResponse.From(letter!)),
            DeadLetterAdmin<TContext>.ReplayOutcome.AlreadyReplayed => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Already replayed.",
                detail: $"Dead letter {id} was replayed at {letter!.ReplayedAt:O}; it can be replayed again only if it fails again."),
            _ => NotFound(id),
        };
    }

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Dead letter not found.", detail: $"No dead letter has id {id}.");
}
