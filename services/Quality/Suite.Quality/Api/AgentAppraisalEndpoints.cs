using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.Quality.Data;
using Suite.Quality.Domain;
using Suite.ServiceDefaults.Auth;
using Suite.ServiceDefaults.Paging;

namespace Suite.Quality.Api;

/// <summary>An agent's months: the published appraisal lines of one agent, for the agent itself or its managers.</summary>
public static class AgentAppraisalEndpoints
{
    public static RouteGroupBuilder MapAgentAppraisalEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/agents/{agentId:guid}/appraisals", ListForAgentAsync)
            .WithTags("Monthly appraisal")
            .WithName("ListAgentAppraisals")
            .WithSummary("An agent's published appraisal lines, newest month first")
            .WithDescription(
                "One item per published month the agent has a line in, a page at a time; drafts are never listed. " +
                "Quality does not own agents: an agent with no published line (or another tenant's) has an empty page. " +
                "Management reads any agent's; an agent only its own (403 otherwise).")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return group;
    }

    private static async Task<Results<Ok<PagedResponse<AgentAppraisalResponse>>, ValidationProblem, ProblemHttpResult>> ListForAgentAsync(
        Guid agentId, ClaimsPrincipal user, QualityDbContext db, CancellationToken cancellationToken,
        int page = 1, int pageSize = PageRequest.DefaultPageSize)
    {
        if (!user.IsManagementOrAgent(agentId))
        {
            return CallerScope.NotYours();
        }

        var errors = new Dictionary<string, string[]>();
        var pageRequest = new PageRequest(page, pageSize);
        pageRequest.Validate(errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The appraisal query is not valid.");
        }

        // The lines are one JSON document per month, so which months hold the agent is only known once a
        // month is read: they are streamed one at a time (a tenant has one per month it has published)
        // and only the requested page's lines are kept.
        var published = db.Appraisals.AsNoTracking()
            .Where(appraisal => appraisal.Status == AppraisalStatus.Published)
            .OrderByDescending(appraisal => appraisal.Year).ThenByDescending(appraisal => appraisal.Month)
            .AsAsyncEnumerable();
        var items = new List<AgentAppraisalResponse>();
        var total = 0;
        await foreach (var appraisal in published.WithCancellation(cancellationToken))
        {
            if (appraisal.Lines.FirstOrDefault(line => line.AgentId == agentId) is not { } line)
            {
                continue;
            }

            if (total >= pageRequest.Skip && items.Count < pageRequest.PageSize)
            {
                items.Add(new AgentAppraisalResponse(appraisal.Id, appraisal.Year, appraisal.Month, appraisal.Status, line));
            }

            total++;
        }

        return TypedResults.Ok(pageRequest.Answer(items, total));
    }
}
