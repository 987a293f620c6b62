using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.Quality.Data;
using Suite.Quality.Domain;
using Suite.ServiceDefaults.Auth;
using Suite.ServiceDefaults.Paging;

namespace Suite.Quality.Api;

public static class LedgerEndpoints
{
    public static RouteGroupBuilder MapLedgerEndpoints(this RouteGroupBuilder group)
    {
        var ledger = group.MapGroup("").WithTags("Appraisal ledger");

        ledger.MapGet("/agents/{agentId:guid}/ledger", ListForAgentAsync)
            .WithSummary("An agent's appraisal ledger")
            .WithDescription(
                "Newest first, a page at a time. from and to (yyyy-MM-dd, both included, UTC days) filter on when the " +
                "fact happened. Quality does not own agents: an agent with nothing on the ledger has an empty page. " +
                "Management reads any agent's ledger; an agent only its own (403 otherwise).");
        ledger.MapGet("/ledger-entries/{id:guid}", GetAsync)
            .WithSummary("One ledger entry")
            .WithDescription("Management reads any entry; an agent only its own (403 otherwise).");
        return group;
    }

    private static async Task<Results<Ok<PagedResponse<LedgerEntryResponse>>, ValidationProblem, ProblemHttpResult>> ListForAgentAsync(
        Guid agentId, ClaimsPrincipal user, QualityDbContext db, CancellationToken cancellationToken,
        DateOnly? from = null, DateOnly? to = null, int page = 1, int pageSize = PageRequest.DefaultPageSize)
    {
        if (!user.IsManagementOrAgent(agentId))
        {
            return CallerScope.NotYours();
        }

        var errors = LedgerQueryRules.Validate(from, to);
        var pageRequest = new PageRequest(page, pageSize);
        pageRequest.Validate(errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The ledger query is not valid.");
        }

        var query = db.LedgerEntries.AsNoTracking().Where(entry => entry.AgentId == agentId);
        var (start, end) = LedgerQueryRules.OccurredWindow(from, to);
        if (start is not null)
        {
            query = query.Where(entry => entry.OccurredAt >= start);
        }

        if (end is not null)
        {
            query = query.Where(entry => entry.OccurredAt < end);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(entry => entry.OccurredAt).ThenByDescending(entry => entry.Id)
            .Page(pageRequest)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(pageRequest.Answer(items.Select(LedgerEntryResponse.From).ToList(), total));
    }

    private static async Task<Results<Ok<LedgerEntryResponse>, ProblemHttpResult>> GetAsync(
        Guid id, ClaimsPrincipal user, QualityDbContext db, CancellationToken cancellationToken)
    {
        var entry = await db.LedgerEntries.AsNoTracking().FirstOrDefaultAsync(entry => entry.Id == id, cancellationToken);
        if (entry is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Ledger entry not found.", detail: $"No ledger entry has id {id}.");
        }

        return user.IsManagementOrAgent(entry.AgentId) ? TypedResults.Ok(LedgerEntryResponse.From(entry)) : CallerScope.NotYours();
    }
}
