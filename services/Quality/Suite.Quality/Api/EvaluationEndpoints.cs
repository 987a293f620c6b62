using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.Contracts;
using Suite.Contracts.Events;
using Suite.Quality.Data;
using Suite.Quality.Domain;
using Suite.ServiceDefaults.Paging;
using Suite.ServiceDefaults.Auth;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.Quality.Api;

public static class EvaluationEndpoints
{
    public static RouteGroupBuilder MapEvaluationEndpoints(this RouteGroupBuilder group)
    {
        var evaluations = group.MapGroup("/evaluations").WithTags("Evaluations");

        evaluations.MapPost("/", EvaluateAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Evaluate a conversation against a scorecard")
            .WithDescription("Scores the answers against the scorecard version (the one that applies to the conversation's store or channel when none is named) and tells the other services (EvaluationCompleted, with the conversation's red-line hits).");
        evaluations.MapGet("/", ListAsync)
            .WithSummary("List evaluations")
            .WithDescription("Newest first; agentId and status (completed, acknowledged, disputed, reviewed) filter. An agent lists only its own (another agentId is a 403).");
        evaluations.MapGet("/{id:guid}", GetAsync)
            .WithSummary("One evaluation")
            .WithDescription("Management reads any evaluation; an agent only its own (403 otherwise).");
        evaluations.MapPost("/{id:guid}/acknowledge", AcknowledgeAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Agent))
            .WithSummary("The agent accepts a completed evaluation")
            .WithDescription("Only the evaluated agent (the agent id of the token) may; anyone else is a 403. Any state but completed is a 409.");
        evaluations.MapPost("/{id:guid}/dispute", DisputeAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Agent))
            .WithSummary("The agent disputes a completed evaluation, sending it to a second reviewer")
            .WithDescription("Only the evaluated agent (the agent id of the token) may; anyone else is a 403. Any state but completed is a 409.");
        evaluations.MapPost("/{id:guid}/review", ReviewAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("A second reviewer settles a dispute")
            .WithDescription("Not the original evaluator (403). With answers the evaluation is re-scored against the same scorecard version; without, the score is upheld. EvaluationCompleted is sent again with the final score. Only a disputed evaluation can be reviewed (409).");
        return group;
    }

    private static async Task<Results<Created<EvaluationResponse>, ValidationProblem, ProblemHttpResult>> EvaluateAsync(
        EvaluateRequest request, ClaimsPrincipal user, QualityDbContext db, ITenantContext tenant, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = EvaluationRules.ValidateNew(request.ConversationId, request.Answers, request.Comment);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The evaluation is not valid.");
        }

        var conversation = await db.Conversations.AsNoTracking()
            .FirstOrDefaultAsync(conversation => conversation.Id == request.ConversationId, cancellationToken);
        if (conversation is null)
        {
            return ConversationNotFound(request.ConversationId!.Value);
        }

        Scorecard? scorecard;
        if (request.ScorecardId is { } scorecardId)
        {
            scorecard = await db.Scorecards.AsNoTracking().FirstOrDefaultAsync(scorecard => scorecard.Id == scorecardId, cancellationToken);
            if (scorecard is null)
            {
                return ScorecardEndpoints.NotFound(scorecardId);
            }
        }
        else
        {
            scorecard = ScorecardSelection.Choose(
                await db.Scorecards.AsNoTracking().ToListAsync(cancellationToken), conversation.StoreCode, conversation.Channel);
            if (scorecard is null)
            {
                return TypedResults.ValidationProblem(
                    new Dictionary<string, string[]>
                    {
                        ["scorecardId"] = [$"No scorecard applies to store '{conversation.StoreCode}' or channel '{conversation.Channel}': name one or create one."],
                    },
                    title: "The evaluation is not valid.");
            }
        }

        var answerErrors = ScoreCalculator.ValidateAnswers(scorecard.Sections, request.Answers!);
        if (answerErrors.Count > 0)
        {
            return TypedResults.ValidationProblem(answerErrors, title: "The answers do not fit the scorecard.");
        }

        var now = clock.GetUtcNow();
        var evaluation = Evaluation.Complete(
            conversation.Id, conversation.AgentId, scorecard, request.Answers!, Subject(user), request.Comment?.Trim(), now);
        db.Evaluations.Add(evaluation);
        db.AddEvent(Completed(evaluation, scorecard, conversation, tenant.TenantId, now));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/quality/evaluations/{evaluation.Id}", EvaluationResponse.From(evaluation));
    }

    private static async Task<Results<Ok<PagedResponse<EvaluationResponse>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        ClaimsPrincipal user, QualityDbContext db, CancellationToken cancellationToken,
        Guid? agentId = null, string? status = null, int page = 1, int pageSize = PageRequest.DefaultPageSize)
    {
        if (!user.IsInAnyRole(SuiteRoles.Management))
        {
            // Anyone else sees only their own: an agent id of the token, else nothing at all.
            if (user.AgentId() is not { } own || (agentId is not null && agentId != own))
            {
                return CallerScope.NotYours();
            }

            agentId = own;
        }

        var errors = new Dictionary<string, string[]>();
        var pageRequest = new PageRequest(page, pageSize);
        pageRequest.Validate(errors);
        EvaluationStatus? wanted = null;
        if (status is not null)
        {
            if (WireNames.TryParse<EvaluationStatus>(status.Trim(), out var parsed))
            {
                wanted = parsed;
            }
            else
            {
                errors["status"] = [$"status must be one of {string.Join(", ", WireNames.All<EvaluationStatus>())}."];
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The evaluation query is not valid.");
        }

        var query = db.Evaluations.AsNoTracking();
        if (agentId is { } agent)
        {
            query = query.Where(evaluation => evaluation.AgentId == agent);
        }

        if (wanted is not null)
        {
            query = query.Where(evaluation => evaluation.Status == wanted);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(evaluation => evaluation.CompletedAt).ThenByDescending(evaluation => evaluation.Id)
            .Page(pageRequest).ToListAsync(cancellationToken);
        return TypedResults.Ok(pageRequest.Answer(items.Select(EvaluationResponse.From).ToList(), total));
    }

    private static async Task<Results<Ok<EvaluationResponse>, ProblemHttpResult>> GetAsync(
        Guid id, ClaimsPrincipal user, QualityDbContext db, CancellationToken cancellationToken)
    {
        var evaluation = await db.Evaluations.AsNoTracking().FirstOrDefaultAsync(evaluation => evaluation.Id == id, cancellationToken);
        if (evaluation is null)
        {
            return EvaluationNotFound(id);
        }

        return user.IsManagementOrAgent(evaluation.AgentId) ? TypedResults.Ok(EvaluationResponse.From(evaluation)) : CallerScope.NotYours();
    }

    private static async Task<Results<Ok<EvaluationResponse>, ProblemHttpResult>> AcknowledgeAsync(
        Guid id, ClaimsPrincipal user, QualityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var evaluation = await db.Evaluations.FirstOrDefaultAsync(evaluation => evaluation.Id == id, cancellationToken);
        if (evaluation is null)
        {
            return EvaluationNotFound(id);
        }

        if (user.AgentId() != evaluation.AgentId)
        {
            return NotTheEvaluatedAgent();
        }

        if (evaluation.Acknowledge(clock.GetUtcNow()) is { } refusal)
        {
            return IllegalTransition(refusal);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(EvaluationResponse.From(evaluation));
    }

    private static async Task<Results<Ok<EvaluationResponse>, ValidationProblem, ProblemHttpResult>> DisputeAsync(
        Guid id, DisputeRequest request, ClaimsPrincipal user, QualityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = EvaluationRules.ValidateDispute(request.Reason);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The dispute is not valid.");
        }

        var evaluation = await db.Evaluations.FirstOrDefaultAsync(evaluation => evaluation.Id == id, cancellationToken);
        if (evaluation is null)
        {
            return EvaluationNotFound(id);
        }

        if (user.AgentId() != evaluation.AgentId)
        {
            return NotTheEvaluatedAgent();
        }

        if (evaluation.Dispute(request.Reason!.Trim(), clock.GetUtcNow()) is { } refusal)
        {
            return IllegalTransition(refusal);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(EvaluationResponse.From(evaluation));
    }

    private static async Task<Results<Ok<EvaluationResponse>, ValidationProblem, ProblemHttpResult>> ReviewAsync(
        Guid id, ReviewRequest request, ClaimsPrincipal user, QualityDbContext db, ITenantContext tenant, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = EvaluationRules.ValidateReview(request.Answers, request.Comment);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The review is not valid.");
        }

        var evaluation = await db.Evaluations.FirstOrDefaultAsync(evaluation => evaluation.Id == id, cancellationToken);
        if (evaluation is null)
        {
            return EvaluationNotFound(id);
        }

        var reviewer = Subject(user);
        if (!evaluation.CanBeReviewedBy(reviewer))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "A dispute goes to a second reviewer.",
                detail: "The evaluator of this evaluation cannot review it.");
        }

        // Both exist: an evaluation is only ever written with its conversation and scorecard, and neither is deleted.
        var scorecard = await db.Scorecards.AsNoTracking().SingleAsync(scorecard => scorecard.Id == evaluation.ScorecardId, cancellationToken);
        var conversation = await db.Conversations.AsNoTracking().SingleAsync(conversation => conversation.Id == evaluation.ConversationId, cancellationToken);
        if (request.Answers is not null)
        {
            var answerErrors = ScoreCalculator.ValidateAnswers(scorecard.Sections, request.Answers);
            if (answerErrors.Count > 0)
            {
                return TypedResults.ValidationProblem(answerErrors, title: "The answers do not fit the scorecard.");
            }
        }

        var now = clock.GetUtcNow();
        if (evaluation.Review(reviewer, scorecard, request.Answers, request.Comment!.Trim(), now) is { } refusal)
        {
            return IllegalTransition(refusal);
        }

        db.AddEvent(Completed(evaluation, scorecard, conversation, tenant.TenantId, now));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(EvaluationResponse.From(evaluation));
    }

    private static EvaluationCompleted Completed(Evaluation evaluation, Scorecard scorecard, Conversation conversation, string tenantId, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), tenantId, now, evaluation.Id, evaluation.AgentId, conversation.Id, evaluation.Score,
        conversation.RedLineHits.OrderBy(hit => hit.Sequence)
            .Select(hit => new RedLineHit(
                WireNames.Of(hit.Category),
                $"{hit.Rule} in message {hit.MessageIndex} at {hit.Position}: \"{hit.MatchedText}\""))
            .ToList(),
        CriterionVerdicts.Of(scorecard.Sections, evaluation.Answers)
            .Select(verdict => new CriterionVerdict(verdict.SectionKey, verdict.CriterionKey, WireNames.Of(verdict.Outcome)))
            .ToList());

    /// <summary>Every suite token carries a subject; it names the evaluator and the reviewer.</summary>
    private static string Subject(ClaimsPrincipal user) =>
        user.FindFirst(SuiteClaims.Subject)?.Value ?? throw new InvalidOperationException("An authenticated caller without a subject.");

    private static ProblemHttpResult NotTheEvaluatedAgent() =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "Only the evaluated agent may answer an evaluation.",
            detail: "The token's agent id is not the agent of this evaluation.");

    private static ProblemHttpResult IllegalTransition(string refusal) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not possible in the evaluation's current state.", detail: refusal);

    private static ProblemHttpResult EvaluationNotFound(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Evaluation not found.", detail: $"No evaluation has id {id}.");

    private static ProblemHttpResult ConversationNotFound(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Conversation not found.", detail: $"No conversation has id {id}.");
}
