using Suite.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Events;
using Suite.Scheduling.Data;
using Suite.Scheduling.Domain;
using Suite.ServiceDefaults.Auth;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.Scheduling.Api;

public static class AgentEndpoints
{
    public const int MaxPageSize = 200;

    public static RouteGroupBuilder MapAgentEndpoints(this RouteGroupBuilder group)
    {
        var agents = group.MapGroup("/agents").WithTags("Agents");

        agents.MapPost("/", HireAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.ManagementAndIntegrators))
            .WithSummary("Hire an agent")
            .WithDescription("Adds an agent and tells the other services (AgentHired): Training enrols them in onboarding.");
        agents.MapGet("/", ListAsync)
            .WithSummary("List agents")
            .WithDescription("Filtered by team, level or skill; a page at a time, ordered by employee number.");
        agents.MapGet("/{id:guid}", GetAsync).WithSummary("One agent");
        return group;
    }

    private static async Task<Results<Created<AgentResponse>, ValidationProblem, ProblemHttpResult>> HireAsync(
        HireAgentRequest request, SchedulingDbContext db, ITenantContext tenant, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var details = new NewAgent(
            request.EmployeeNumber ?? "", request.DisplayName ?? "", request.Team ?? "", request.Level, request.Skills ?? [], request.HiredOn);
        var errors = AgentRules.Validate(details, DateOnly.FromDateTime(now.UtcDateTime));
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The agent's details are not valid.");
        }

        var agent = Agent.Hire(details, now);
        if (await db.Agents.AnyAsync(existing => existing.EmployeeNumber == agent.EmployeeNumber, cancellationToken))
        {
            return EmployeeNumberTaken(agent.EmployeeNumber);
        }

        db.Agents.Add(agent);
        db.AddEvent(new AgentHired(
            Guid.CreateVersion7(now), tenant.TenantId, now, agent.Id, agent.EmployeeNumber, agent.DisplayName,
            agent.Team, WireNames.Of(agent.Level), agent.Skills, agent.HiredOn));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (IsEmployeeNumberTaken(db, agent.EmployeeNumber))
        {
            return EmployeeNumberTaken(agent.EmployeeNumber);
        }

        return TypedResults.Created($"/api/scheduling/agents/{agent.Id}", AgentResponse.From(agent));
    }

    private static async Task<Results<Ok<PagedResponse<AgentResponse>>, ValidationProblem>> ListAsync(
        SchedulingDbContext db, CancellationToken cancellationToken,
        string? team = null, string? level = null, string? skill = null, int page = 1, int pageSize = 50)
    {
        var errors = new Dictionary<string, string[]>();
        if (page < 1)
        {
            errors["page"] = ["page must be 1 or more."];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize must be between 1 and {MaxPageSize}."];
        }

        // Query strings use the same kebab-case level names as JSON bodies, which the framework's
        // enum binding does not know.
        CareerLevel? wantedLevel = null;
        if (level is not null)
        {
            if (WireNames.TryParse<CareerLevel>(level.Trim(), out var parsed))
            {
                wantedLevel = parsed;
            }
            else
            {
                errors["level"] = [$"level must be one of {string.Join(", ", WireNames.All<CareerLevel>())}."];
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.Agents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(team))
        {
            query = query.Where(agent => agent.Team == team.Trim());
        }

        if (wantedLevel is not null)
        {
            query = query.Where(agent => agent.Level == wantedLevel);
        }

        if (!string.IsNullOrWhiteSpace(skill))
        {
            var wanted = skill.Trim().ToLowerInvariant();
            query = query.Where(agent => agent.Skills.Contains(wanted));
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(agent => agent.EmployeeNumber)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResponse<AgentResponse>(items.Select(AgentResponse.From).ToList(), page, pageSize, total));
    }

    private static async Task<Results<Ok<AgentResponse>, ProblemHttpResult>> GetAsync(
        Guid id, SchedulingDbContext db, CancellationToken cancellationToken)
    {
        var agent = await db.Agents.AsNoTracking().FirstOrDefaultAsync(agent => agent.Id == id, cancellationToken);
        return agent is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Agent not found.", detail: $"No agent has id {id}.")
            : TypedResults.Ok(AgentResponse.From(agent));
    }

    private static ProblemHttpResult EmployeeNumberTaken(string employeeNumber) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "Employee number already in use.",
            detail: $"Another agent already has employee number '{employeeNumber}'.");

    private static bool IsEmployeeNumberTaken(SchedulingDbContext db, string employeeNumber)
    {
        db.ChangeTracker.Clear();
        return db.Agents.Any(existing => existing.EmployeeNumber == employeeNumber);
    }
}
