using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.Scheduling.Data;
using Suite.Scheduling.Domain.Rostering;
using Suite.ServiceDefaults.Auth;

namespace Suite.Scheduling.Api;

/// <summary>
/// An agent's own duty: its shifts from published rosters. The rosters themselves stay management's,
/// since they show everyone's schedule and the coverage report.
/// </summary>
public static class AgentShiftEndpoints
{
    /// <summary>About two months, enough for a month view with the weeks around it, while keeping one answer small.</summary>
    public const int MaxDays = 62;

    public static RouteGroupBuilder MapAgentShiftEndpoints(this RouteGroupBuilder group)
    {
        group.MapGroup("/agents").WithTags("Agents")
            .MapGet("/{agentId:guid}/shifts", ListAsync)
            .RequireAuthorization(policy => policy.RequireRole(TimeOffEndpoints.AgentsAndManagement))
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("SchedulingListAgentShifts")
            .WithSummary("An agent's published shifts")
            .WithDescription(
                $"The agent's shifts on local days from..to (yyyy-MM-dd, both included, at most {MaxDays} days) of published rosters only: "
                + "drafts are not yet anyone's duty and superseded rosters no longer are. Each shift gives its day, start and end in UTC and "
                + "on the roster's clock (timeZone), the shift template, the queue with its store, the breaks and the paid hours; earliest "
                + "first. Management reads any agent's; an agent only its own (403 otherwise). 404 for an agent the tenant does not have.");
        return group;
    }

    private static async Task<Results<Ok<AgentShiftsResponse>, ValidationProblem, ProblemHttpResult>> ListAsync(
        Guid agentId, ClaimsPrincipal user, SchedulingDbContext db, CancellationToken cancellationToken, string? from = null, string? to = null)
    {
        if (!user.IsManagementOrAgent(agentId))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden, title: "Not your shifts.", detail: "An agent sees only its own shifts.");
        }

        var errors = new Dictionary<string, string[]>();
        var first = ParseDay(errors, "from", from);
        var last = ParseDay(errors, "to", to);
        if (first is { } start && last is { } end && (end < start || end.DayNumber - start.DayNumber >= MaxDays))
        {
            errors["to"] = [$"to must be on or after from, at most {MaxDays} days in all."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The period is not valid.");
        }

        var (firstDay, lastDay) = (first!.Value, last!.Value);
        if (!await db.Agents.AnyAsync(agent => agent.Id == agentId, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Agent not found.", detail: $"No agent has id {agentId}.");
        }

        var rows = await (
            from assignment in db.RosterAssignments.AsNoTracking()
            join roster in db.Rosters.AsNoTracking() on assignment.RosterId equals roster.Id
            join queue in db.Queues.AsNoTracking() on assignment.QueueId equals queue.Id
            join store in db.Stores.AsNoTracking() on queue.StoreId equals store.Id
            where assignment.AgentId == agentId && roster.Status == RosterStatus.Published && assignment.Day >= firstDay && assignment.Day <= lastDay
            select new { assignment, roster, queue, store }).ToListAsync(cancellationToken);

        // Ordered here: SQLite cannot order by a DateTimeOffset column.
        var shifts = rows
            .Select(row => AgentShiftResponse.From(row.assignment, row.roster, row.queue, row.store))
            .OrderBy(shift => shift.Start)
            .ThenBy(shift => shift.Id)
            .ToList();
        return TypedResults.Ok(new AgentShiftsResponse(agentId, firstDay, lastDay, Math.Round(shifts.Sum(shift => shift.PaidHours), 4), shifts));
    }

    private static DateOnly? ParseDay(Dictionary<string, string[]> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = [$"{field} is required (a local date, yyyy-MM-dd)."];
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors[field] = [$"{field} must be a date as yyyy-MM-dd."];
        return null;
    }
}
