using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.Quality.Data;
using Suite.Quality.Domain;
using Suite.ServiceDefaults.Paging;
using Suite.ServiceDefaults.Auth;

namespace Suite.Quality.Api;

public static class ConversationEndpoints
{
    public static RouteGroupBuilder MapConversationEndpoints(this RouteGroupBuilder group)
    {
        var conversations = group.MapGroup("/conversations").WithTags("Conversations and auto-QA");

        conversations.MapPost("/batch", IngestAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.ManagementAndIntegrators))
            .WithSummary("Ingest a batch of chat transcripts")
            .WithDescription(
                $"Up to {TranscriptRules.MaxConversationsPerBatch} conversations per request (the request body may be up to 30 MB). " +
                "All or nothing: if any conversation is invalid, nothing is stored and the 400 names every problem by its path " +
                "(conversations[12].messages[3].text). Idempotent on conversationId: a conversation already stored is left " +
                "unchanged and reported under duplicates. Every stored conversation is inspected by auto-QA at once.");
        conversations.MapGet("/", ListAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.ManagementAndIntegrators))
            .WithSummary("List conversations")
            .WithDescription("Newest first. flagged=true lists those with red-line hits, waiting for review; agentId and storeCode filter. Management and integrators only.");
        conversations.MapGet("/{id:guid}", GetAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.ManagementAndIntegrators))
            .WithSummary("One conversation with its transcript, auto-QA result and red-line hits")
            .WithDescription("Management and integrators only: a transcript holds customers' words.");
        return group;
    }

    private static async Task<Results<Ok<IngestConversationsResponse>, ValidationProblem>> IngestAsync(
        IngestConversationsRequest request, ConversationIngestion ingestion, CancellationToken cancellationToken)
    {
        var drafts = request.Conversations?.Select(conversation => conversation?.ToDraft()).ToList();
        var outcome = await ingestion.IngestAsync(drafts, cancellationToken);
        if (!outcome.IsValid)
        {
            return TypedResults.ValidationProblem(outcome.Errors, title: "The batch was not stored: some conversations are not valid.");
        }

        return TypedResults.Ok(new IngestConversationsResponse(
            drafts!.Count,
            outcome.Created.Select(conversation => new IngestedConversationResponse(conversation.ExternalId, conversation.Id, conversation.FlaggedForReview)).ToList(),
            outcome.Duplicates));
    }

    private static async Task<Results<Ok<PagedResponse<ConversationSummaryResponse>>, ValidationProblem>> ListAsync(
        QualityDbContext db, CancellationToken cancellationToken,
        bool? flagged = null, Guid? agentId = null, string? storeCode = null, int page = 1, int pageSize = PageRequest.DefaultPageSize)
    {
        var errors = new Dictionary<string, string[]>();
        var pageRequest = new PageRequest(page, pageSize);
        pageRequest.Validate(errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The conversation query is not valid.");
        }

        var query = db.Conversations.AsNoTracking();
        if (flagged is { } wanted)
        {
            query = query.Where(conversation => conversation.FlaggedForReview == wanted);
        }

        if (agentId is { } agent)
        {
            query = query.Where(conversation => conversation.AgentId == agent);
        }

        if (!string.IsNullOrWhiteSpace(storeCode))
        {
            query = query.Where(conversation => conversation.StoreCode == storeCode.Trim());
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(conversation => conversation.StartedAt).ThenByDescending(conversation => conversation.Id)
            .Page(pageRequest)
            .Select(conversation => new ConversationSummaryResponse(
                conversation.Id, conversation.ExternalId, conversation.AgentId, conversation.StoreCode, conversation.Channel,
                conversation.Csat, conversation.StartedAt, conversation.FlaggedForReview, conversation.RedLineHits.Count,
                conversation.FirstResponseSeconds, conversation.QuestionAnswerRatio))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(pageRequest.Answer(items, total));
    }

    private static async Task<Results<Ok<ConversationResponse>, ProblemHttpResult>> GetAsync(
        Guid id, QualityDbContext db, CancellationToken cancellationToken)
    {
        var conversation = await db.Conversations.AsNoTracking().FirstOrDefaultAsync(conversation => conversation.Id == id, cancellationToken);
        return conversation is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Conversation not found.", detail: $"No conversation has id {id}.")
            : TypedResults.Ok(ConversationResponse.From(conversation));
    }
}
