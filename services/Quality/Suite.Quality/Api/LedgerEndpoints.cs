using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.Quality.Data;
using Suite.Quality.Domain;

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
                "fact happened. Quality does not own agents: an agent with nothing on the ledger has an empty page.");
        ledger.MapGet("/ledger-entries/{id:guid}", GetAsync).WithSummary("One ledger entry");
        return group;
    }

    private static async Task<Results<Ok<PagedResponse<LedgerEntryResponse>>, ValidationProblem>> ListForAgentAsync(
        Guid agentId, QualityDbContext db, CancellationToken cancellationToken,
        DateOnly? from = null, DateOnly? to = null, int page = 1, int pageSize = 50)
    {
        var errors = LedgerQueryRules.Validate(from, to, page, pageSize);
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
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResponse<LedgerEntryResponse>(items.Select(LedgerEntryResponse.From).ToList(), page, pageSize, total));
    }

    private static async Task<Results<Ok<LedgerEntryResponse>, ProblemHttpResult>> GetAsync(
        Guid id, QualityDbContext db, CancellationToken cancellationToken)
    {
        var entry = await db.LedgerEntries.AsNoTracking().FirstOrDefaultAsync(entry => entry.Id == id, cancellationToken);
        return entry is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Ledger entry not found.", detail: $"No ledger entry has id {id}.")
            : TypedResults.Ok(LedgerEntryResponse.From(entry));
    }
}
