using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.ServiceDefaults.Auth;
using Suite.Training.Data;
using Suite.Training.Domain;

namespace Suite.Training.Api;

public static class DrillEndpoints
{
    public static RouteGroupBuilder MapDrillEndpoints(this RouteGroupBuilder group)
    {
        var scenarios = group.MapGroup("/scenarios").WithTags("Role-play drills");
        scenarios.MapPost("/", CreateScenarioAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Write a role-play scenario")
            .WithDescription("The customer persona, the situation, and the key points a good answer must cover.");
        scenarios.MapGet("/", ListScenariosAsync).WithSummary("The tenant's scenarios, ordered by title");
        scenarios.MapGet("/{id:guid}", GetScenarioAsync).WithSummary("One scenario");

        var drills = group.MapGroup("/drills").WithTags("Role-play drills");
        drills.MapPost("/", PairAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Pair an agent with an evaluator on a scenario");
        drills.MapGet("/{id:guid}", GetDrillAsync)
            .WithSummary("One drill")
            .WithDescription("For management, the drilled agent and the evaluator (403 for anyone else).");
        drills.MapPost("/{id:guid}/score", ScoreAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Score the drill on the rubric")
            .WithDescription("One score from 0 (not covered) to 4 (exemplary) per key point, in the scenario's order, and written feedback. A scored drill is final.");
        group.MapGet("/agents/{agentId}/drills", ForAgentAsync)
            .WithTags("Role-play drills")
            .WithSummary("An agent's drills, newest first")
            .WithDescription("For management and the agent itself (403 otherwise), with scores and feedback.");
        return group;
    }

    private static async Task<Results<Created<ScenarioResponse>, ValidationProblem>> CreateScenarioAsync(
        CreateScenarioRequest request, TrainingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var details = request.ToNewScenario();
        var errors = DrillRules.Validate(details);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The scenario is not valid.");
        }

        var scenario = RolePlayScenario.Create(details, clock.GetUtcNow());
        db.RolePlayScenarios.Add(scenario);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/training/scenarios/{scenario.Id}", ScenarioResponse.From(scenario));
    }

    private static async Task<Ok<List<ScenarioResponse>>> ListScenariosAsync(TrainingDbContext db, CancellationToken cancellationToken)
    {
        var scenarios = await db.RolePlayScenarios.AsNoTracking().OrderBy(scenario => scenario.Title).ThenBy(scenario => scenario.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(scenarios.Select(ScenarioResponse.From).ToList());
    }

    private static async Task<Results<Ok<ScenarioResponse>, ProblemHttpResult>> GetScenarioAsync(Guid id, TrainingDbContext db, CancellationToken cancellationToken)
    {
        var scenario = await db.RolePlayScenarios.AsNoTracking().FirstOrDefaultAsync(scenario => scenario.Id == id, cancellationToken);
        return scenario is null ? Problems.NotFound("Scenario", id) : TypedResults.Ok(ScenarioResponse.From(scenario));
    }

    private static async Task<Results<Created<DrillResponse>, ValidationProblem, ProblemHttpResult>> PairAsync(
        CreateDrillRequest request, TrainingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.AgentId == Guid.Empty)
        {
            errors["agentId"] = ["The agent id is required."];
        }

        if (request.EvaluatorId == Guid.Empty || request.EvaluatorId == request.AgentId)
        {
            errors["evaluatorId"] = ["The evaluator id is required, and the evaluator is not the agent."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The drill cannot be set up.");
        }

        var scenario = await db.RolePlayScenarios.AsNoTracking().FirstOrDefaultAsync(scenario => scenario.Id == request.ScenarioId, cancellationToken);
        if (scenario is null)
        {
            return Problems.NotFound("Scenario", request.ScenarioId);
        }

        var drill = DrillSession.Pair(scenario.Id, request.AgentId, request.EvaluatorId, clock.GetUtcNow());
        db.DrillSessions.Add(drill);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/training/drills/{drill.Id}", DrillResponse.From(drill, scenario.Title));
    }

    private static async Task<Results<Ok<DrillResponse>, ProblemHttpResult>> GetDrillAsync(
        Guid id, ClaimsPrincipal caller, TrainingDbContext db, CancellationToken cancellationToken)
    {
        var row = await (from drill in db.DrillSessions.AsNoTracking()
                         join scenario in db.RolePlayScenarios.AsNoTracking() on drill.ScenarioId equals scenario.Id
                         where drill.Id == id
                         select new { drill, scenario.Title })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return Problems.NotFound("Drill", id);
        }

        // The evaluator reads the drill it scores; the agent reads its own.
        return Access.ToReadRecordsOf(caller, row.drill.AgentId) is { } forbidden && caller.AgentId() != row.drill.EvaluatorId
            ? forbidden
            : TypedResults.Ok(DrillResponse.From(row.drill, row.Title));
    }

    private static async Task<Results<Ok<DrillResponse>, ValidationProblem, ProblemHttpResult>> ScoreAsync(
        Guid id, ScoreDrillRequest request, TrainingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var drill = await db.DrillSessions.FirstOrDefaultAsync(drill => drill.Id == id, cancellationToken);
        if (drill is null)
        {
            return Problems.NotFound("Drill", id);
        }

        if (drill.Status != DrillStatus.Open)
        {
            return Problems.Conflict("The drill was already scored.", $"Drill {id} was scored at {drill.ScoredAt:O}; a scored drill is final.");
        }

        var scenario = await db.RolePlayScenarios.AsNoTracking().FirstAsync(scenario => scenario.Id == drill.ScenarioId, cancellationToken);
        var errors = DrillRules.ValidateScoring(request.PointScores, request.Feedback, scenario.KeyPoints.Count);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The scoring does not fit the scenario's rubric.");
        }

        drill.Score(request.PointScores!, request.Feedback!, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(DrillResponse.From(drill, scenario.Title));
    }

    private static async Task<Results<Ok<List<DrillResponse>>, ProblemHttpResult>> ForAgentAsync(
        Guid agentId, ClaimsPrincipal caller, TrainingDbContext db, CancellationToken cancellationToken)
    {
        if (Access.ToReadRecordsOf(caller, agentId) is { } forbidden)
        {
            return forbidden;
        }

        var rows = await (from drill in db.DrillSessions.AsNoTracking()
                          join scenario in db.RolePlayScenarios.AsNoTracking() on drill.ScenarioId equals scenario.Id
                          where drill.AgentId == agentId
                          orderby drill.CreatedAt descending, drill.Id descending
                          select new { drill, scenario.Title })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(row => DrillResponse.From(row.drill, row.Title)).ToList());
    }
}
