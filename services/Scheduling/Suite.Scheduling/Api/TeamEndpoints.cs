using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.Scheduling.Data;
using Suite.Scheduling.Domain;
using Suite.ServiceDefaults.Auth;

namespace Suite.Scheduling.Api;

public static class TeamEndpoints
{
    public static RouteGroupBuilder MapTeamEndpoints(this RouteGroupBuilder group)
    {
        var teams = group.MapGroup("/teams").WithTags("Teams");
        teams.MapPost("/", CreateAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Create a team")
            .WithDescription("A team, optionally with its leader: an agent at team-leader level or above. Agents join it by naming it as their team.");
        teams.MapGet("/", ListAsync).WithSummary("List teams").WithDescription("Every team with its leader and member count, by name.");
        teams.MapGet("/{id:guid}", GetAsync).WithSummary("One team");
        teams.MapPut("/{id:guid}/leader", ChangeLeaderAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Appoint or remove a team's leader")
            .WithDescription("Names the version it was made on; a stale version is a 409.");
        return group;
    }

    private static async Task<Results<Created<TeamResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateTeamRequest request, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = TeamRules.ValidateName(request.Name);
        var leader = await FindLeaderAsync(db, request.LeaderId, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The team is not valid.");
        }

        var team = Team.Create(request.Name, leader, clock.GetUtcNow());
        if (await db.Teams.AnyAsync(existing => existing.Name == team.Name, cancellationToken))
        {
            return NameTaken(team.Name);
        }

        db.Teams.Add(team);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (IsNameTaken(db, team.Name))
        {
            return NameTaken(team.Name);
        }

        return TypedResults.Created($"/api/scheduling/teams/{team.Id}", await DescribeAsync(db, team, cancellationToken));
    }

    private static async Task<Ok<List<TeamResponse>>> ListAsync(SchedulingDbContext db, CancellationToken cancellationToken)
    {
        var teams = await db.Teams.AsNoTracking().OrderBy(team => team.Name).ToListAsync(cancellationToken);
        var names = teams.Select(team => team.Name).ToList();
        var members = await db.Agents.AsNoTracking().Where(agent => names.Contains(agent.Team))
            .GroupBy(agent => agent.Team).Select(group => new { Team = group.Key, Count = group.Count() })
            .ToDictionaryAsync(group => group.Team, group => group.Count, cancellationToken);
        var leaderIds = teams.Where(team => team.LeaderId is not null).Select(team => team.LeaderId!.Value).ToList();
        var leaders = await db.Agents.AsNoTracking().Where(agent => leaderIds.Contains(agent.Id))
            .ToDictionaryAsync(agent => agent.Id, agent => agent.DisplayName, cancellationToken);
        return TypedResults.Ok(teams.Select(team => new TeamResponse(
            team.Id, team.Name, team.LeaderId, team.LeaderId is { } leaderId ? leaders.GetValueOrDefault(leaderId) : null,
            members.GetValueOrDefault(team.Name), team.Version, team.CreatedAt)).ToList());
    }

    private static async Task<Results<Ok<TeamResponse>, ProblemHttpResult>> GetAsync(
        Guid id, SchedulingDbContext db, CancellationToken cancellationToken)
    {
        var team = await db.Teams.AsNoTracking().FirstOrDefaultAsync(team => team.Id == id, cancellationToken);
        return team is null ? TeamNotFound(id) : TypedResults.Ok(await DescribeAsync(db, team, cancellationToken));
    }

    private static async Task<Results<Ok<TeamResponse>, ValidationProblem, ProblemHttpResult>> ChangeLeaderAsync(
        Guid id, ChangeTeamLeaderRequest request, SchedulingDbContext db, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Version is null or < 1)
        {
            errors["version"] = ["version is required: the version of the team the change was made on."];
        }

        var leader = await FindLeaderAsync(db, request.LeaderId, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The team's leader is not valid.");
        }

        var team = await db.Teams.FirstOrDefaultAsync(team => team.Id == id, cancellationToken);
        if (team is null)
        {
            return TeamNotFound(id);
        }

        if (team.Version != request.Version)
        {
            return AgentEndpoints.StaleVersion(team.Version, request.Version!.Value);
        }

        team.ChangeLeader(leader, request.Version!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await DescribeAsync(db, team, cancellationToken));
    }

    private static async Task<Agent?> FindLeaderAsync(
        SchedulingDbContext db, Guid? leaderId, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (leaderId is not { } id)
        {
            return null;
        }

        var leader = await db.Agents.AsNoTracking().FirstOrDefaultAsync(agent => agent.Id == id, cancellationToken);
        if (leader is null)
        {
            errors["leaderId"] = [$"No agent has id {id}."];
            return null;
        }

        if (TeamRules.ValidateLeader(leader) is { } problem)
        {
            errors["leaderId"] = [problem];
        }

        return leader;
    }

    private static async Task<TeamResponse> DescribeAsync(SchedulingDbContext db, Team team, CancellationToken cancellationToken)
    {
        var members = await db.Agents.CountAsync(agent => agent.Team == team.Name, cancellationToken);
        var leaderName = team.LeaderId is { } leaderId
            ? await db.Agents.Where(agent => agent.Id == leaderId).Select(agent => agent.DisplayName).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new TeamResponse(team.Id, team.Name, team.LeaderId, leaderName, members, team.Version, team.CreatedAt);
    }

    private static ProblemHttpResult TeamNotFound(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Team not found.", detail: $"No team has id {id}.");

    private static ProblemHttpResult NameTaken(string name) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict, title: "Team name already in use.", detail: $"Another team is already called '{name}'.");

    private static bool IsNameTaken(SchedulingDbContext db, string name)
    {
        db.ChangeTracker.Clear();
        return db.Teams.Any(existing => existing.Name == name);
    }
}
