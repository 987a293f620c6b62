using System.Security.Claims;
using Suite.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Events;
using Suite.Scheduling.Data;
using Suite.Scheduling.Domain;
using Suite.Scheduling.Domain.Rostering;
using Suite.ServiceDefaults.Auth;
using Suite.ServiceDefaults.Paging;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.Scheduling.Api;

public static class AgentEndpoints
{
    public static RouteGroupBuilder MapAgentEndpoints(this RouteGroupBuilder group)
    {
        var agents = group.MapGroup("/agents").WithTags("Agents");

        agents.MapPost("/", HireAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.ManagementAndIntegrators))
            .WithName("SchedulingHireAgent")
            .WithSummary("Hire an agent")
            .WithDescription("Adds an agent and tells the other services (AgentHired): Training enrols them in onboarding.");
        agents.MapGet("/", ListAsync)
            .WithName("SchedulingListAgents")
            .WithSummary("List agents")
            .WithDescription("Filtered by team, level or skill; a page at a time, ordered by employee number.");
        agents.MapGet("/{id:guid}", GetAsync)
            .WithName("SchedulingGetAgent")
            .WithSummary("One agent")
            .WithDescription("404 for an id the caller's tenant does not have.");
        agents.MapPatch("/{id:guid}", ChangeAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithName("SchedulingChangeAgent")
            .WithSummary("Change an agent")
            .WithDescription(
                "Changes the given details (team, level, skills, contracted weekly hours, maximum daily receptions, weekly "
                + "availability) of the version named in the body; a stale version is a 409. A new level is announced (AgentLevelChanged).");
        agents.MapGet("/{id:guid}/shift-preferences", GetShiftPreferencesAsync)
            .RequireAuthorization(policy => policy.RequireRole(TimeOffEndpoints.AgentsAndManagement))
            .WithName("SchedulingGetShiftPreferences")
            .WithSummary("The shift templates an agent prefers")
            .WithDescription("Management, or the agent itself (403 for another agent). An agent that stated none has an empty list.");
        agents.MapPut("/{id:guid}/shift-preferences", SetShiftPreferencesAsync)
            .RequireAuthorization(policy => policy.RequireRole(TimeOffEndpoints.AgentsAndManagement))
            .WithName("SchedulingSetShiftPreferences")
            .WithSummary("Replace the shift templates an agent prefers")
            .WithDescription(
                "Management, or the agent itself (403 for another agent). Every roster generated afterwards honours them as a soft goal; "
                + "an empty list clears them. Unknown template ids are a 400.");
        return group;
    }

    private static async Task<Results<Ok<ShiftPreferencesResponse>, ProblemHttpResult>> GetShiftPreferencesAsync(
        Guid id, ClaimsPrincipal user, SchedulingDbContext db, CancellationToken cancellationToken)
    {
        // Who may ask comes before whether the agent exists, so another agent's id tells an agent nothing.
        if (!user.IsManagementOrAgent(id))
        {
            return PreferencesForbidden();
        }

        if (!await db.Agents.AnyAsync(agent => agent.Id == id, cancellationToken))
        {
            return AgentNotFound(id);
        }

        var preferences = await db.ShiftPreferences.AsNoTracking().FirstOrDefaultAsync(preferences => preferences.AgentId == id, cancellationToken);
        return TypedResults.Ok(ShiftPreferencesResponse.From(id, preferences));
    }

    private static async Task<Results<Ok<ShiftPreferencesResponse>, ValidationProblem, ProblemHttpResult>> SetShiftPreferencesAsync(
        Guid id, SetShiftPreferencesRequest request, ClaimsPrincipal user, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        // Who may ask comes before whether the agent exists, so another agent's id tells an agent nothing.
        if (!user.IsManagementOrAgent(id))
        {
            return PreferencesForbidden();
        }

        if (!await db.Agents.AnyAsync(agent => agent.Id == id, cancellationToken))
        {
            return AgentNotFound(id);
        }

        var named = request.ShiftTemplateIds ?? [];
        var known = (await db.ShiftTemplates.Where(template => named.Contains(template.Id)).Select(template => template.Id).ToListAsync(cancellationToken)).ToHashSet();
        var errors = ShiftPreferences.Validate(request.ShiftTemplateIds, known);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The shift preferences are not valid.");
        }

        var now = clock.GetUtcNow();
        var preferences = await db.ShiftPreferences.FirstOrDefaultAsync(preferences => preferences.AgentId == id, cancellationToken);
        if (preferences is null)
        {
            preferences = ShiftPreferences.For(id, named, now);
            db.ShiftPreferences.Add(preferences);
        }
        else
        {
            preferences.Replace(named, now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another change to the same agent's preferences was saved first; this one replaced nothing.
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict, title: "The shift preferences have changed.",
                detail: "Another change to this agent's shift preferences was saved at the same time; nothing of this one was. Send it again.");
        }

        return TypedResults.Ok(ShiftPreferencesResponse.From(id, preferences));
    }

    private static ProblemHttpResult PreferencesForbidden() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your shift preferences.", detail: "An agent reads and sets only its own shift preferences.");

    private static async Task<Results<Created<AgentResponse>, ValidationProblem, ProblemHttpResult>> HireAsync(
        HireAgentRequest request, SchedulingDbContext db, ITenantContext tenant, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var parseErrors = new Dictionary<string, string[]>();
        var availability = AvailabilityParser.Parse(request.Availability, parseErrors);
        var details = new NewAgent(
            request.EmployeeNumber ?? "", request.DisplayName ?? "", request.Team ?? "", request.Level, request.Skills ?? [], request.HiredOn,
            request.ContractedWeeklyHours, request.MaxDailyReceptions, availability);
        var errors = AgentRules.Validate(details, DateOnly.FromDateTime(now.UtcDateTime));
        foreach (var (field, messages) in parseErrors)
        {
            errors[field] = messages;
        }

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
        string? team = null, string? level = null, string? skill = null, int page = 1, int pageSize = PageRequest.DefaultPageSize)
    {
        var errors = new Dictionary<string, string[]>();
        var pageRequest = new PageRequest(page, pageSize);
        pageRequest.Validate(errors);

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
        var items = await query.OrderBy(agent => agent.EmployeeNumber).Page(pageRequest).ToListAsync(cancellationToken);
        return TypedResults.Ok(pageRequest.Answer(items.Select(AgentResponse.From).ToList(), total));
    }

    private static async Task<Results<Ok<AgentResponse>, ProblemHttpResult>> GetAsync(
        Guid id, SchedulingDbContext db, CancellationToken cancellationToken)
    {
        var agent = await db.Agents.AsNoTracking().FirstOrDefaultAsync(agent => agent.Id == id, cancellationToken);
        return agent is null ? AgentNotFound(id) : TypedResults.Ok(AgentResponse.From(agent));
    }

    private static async Task<Results<Ok<AgentResponse>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        Guid id, ChangeAgentRequest request, SchedulingDbContext db, ITenantContext tenant, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var availability = AvailabilityParser.Parse(request.Availability, errors);
        var changes = new AgentChanges(
            request.Version ?? 0, request.DisplayName, request.Team, request.Level, request.Skills,
            request.ContractedWeeklyHours, request.MaxDailyReceptions, availability);
        foreach (var (field, messages) in AgentRules.ValidateChanges(changes))
        {
            errors[field] = messages;
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The agent's changes are not valid.");
        }

        var agent = await db.Agents.FirstOrDefaultAsync(agent => agent.Id == id, cancellationToken);
        if (agent is null)
        {
            return AgentNotFound(id);
        }

        if (agent.Version != changes.Version)
        {
            return StaleVersion(agent.Version, changes.Version);
        }

        var previousLevel = agent.Apply(changes);
        if (previousLevel is { } previous)
        {
            var now = clock.GetUtcNow();
            db.AddEvent(new AgentLevelChanged(
                Guid.CreateVersion7(now), tenant.TenantId, now, agent.Id, WireNames.Of(previous), WireNames.Of(agent.Level)));
        }

        // A concurrent edit of the same version makes this update match no row: the exception
        // handler answers 409 and nothing, the event included, is written.
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(AgentResponse.From(agent));
    }

    internal static ProblemHttpResult AgentNotFound(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Agent not found.", detail: $"No agent has id {id}.");

    internal static ProblemHttpResult StaleVersion(int current, int given) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "Someone else changed this first.",
            detail: $"The change was made on version {given}, but it is now at version {current}. Reload it and apply your change again.");

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
