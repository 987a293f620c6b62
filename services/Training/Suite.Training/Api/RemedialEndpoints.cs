using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.Contracts;
using Suite.ServiceDefaults.Auth;
using Suite.Training.Data;
using Suite.Training.Domain;

namespace Suite.Training.Api;

public static class RemedialEndpoints
{
    public static RouteGroupBuilder MapRemedialEndpoints(this RouteGroupBuilder group)
    {
        var rules = group.MapGroup("/remedial-rules").WithTags("Remedial training");
        rules.MapPost("/", CreateAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Map a cause to a remedial course")
            .WithDescription("A red-line code, a QA score threshold, or a complaint category, to the course an agent is assigned when it happens. One rule per cause.");
        rules.MapGet("/", ListAsync).WithSummary("The tenant's remedial table");
        rules.MapDelete("/{id:guid}", DeleteAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Remove a rule")
            .WithDescription("Assignments already made stay.");
        group.MapGet("/agents/{agentId}/remedial-assignments", ForAgentAsync)
            .WithTags("Remedial training")
            .WithSummary("The remedial courses assigned to an agent, newest first")
            .WithDescription("For management and the agent itself (403 otherwise), each with the cause that led to it.");
        return group;
    }

    private static async Task<Results<Created<RemedialRuleResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateRemedialRuleRequest request, TrainingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var details = request.ToNewRule();
        var courseExists = await db.Courses.AnyAsync(course => course.Id == request.CourseId, cancellationToken);
        var errors = RemedialRules.Validate(details, courseExists);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The remedial rule is not valid.");
        }

        var rule = RemedialRule.Create(details, clock.GetUtcNow());
        if (await db.RemedialRules.AnyAsync(existing => existing.Kind == rule.Kind && existing.Code == rule.Code, cancellationToken))
        {
            return CauseTaken(rule);
        }

        db.RemedialRules.Add(rule);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (CauseWasTakenMeanwhile(db, rule))
        {
            return CauseTaken(rule);
        }

        return TypedResults.Created($"/api/training/remedial-rules/{rule.Id}", RemedialRuleResponse.From(rule));
    }

    private static async Task<Ok<List<RemedialRuleResponse>>> ListAsync(TrainingDbContext db, CancellationToken cancellationToken)
    {
        var rules = await db.RemedialRules.AsNoTracking().ToListAsync(cancellationToken);
        return TypedResults.Ok(rules.OrderBy(rule => rule.Kind).ThenBy(rule => rule.Code, StringComparer.Ordinal)
            .Select(RemedialRuleResponse.From).ToList());
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(Guid id, TrainingDbContext db, CancellationToken cancellationToken)
    {
        var rule = await db.RemedialRules.FirstOrDefaultAsync(rule => rule.Id == id, cancellationToken);
        if (rule is null)
        {
            return Problems.NotFound("Remedial rule", id);
        }

        db.RemedialRules.Remove(rule);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<List<RemedialAssignmentResponse>>, ProblemHttpResult>> ForAgentAsync(
        Guid agentId, ClaimsPrincipal caller, TrainingDbContext db, CancellationToken cancellationToken) =>
        Access.ToReadRecordsOf(caller, agentId) is { } forbidden
            ? forbidden
            : TypedResults.Ok(await (from assignment in db.RemedialAssignments.AsNoTracking()
                               join course in db.Courses.AsNoTracking() on assignment.CourseId equals course.Id
                               where assignment.AgentId == agentId
                               orderby assignment.AssignedAt descending, assignment.Id descending
                               select new RemedialAssignmentResponse(assignment.Id, assignment.AgentId, assignment.CourseId, course.Title,
                                   assignment.Cause, assignment.Reason, assignment.AssignedAt, assignment.DueOn))
            .ToListAsync(cancellationToken));

    private static ProblemHttpResult CauseTaken(RemedialRule rule) => Problems.Conflict(
        "This cause is already mapped.",
        rule.Kind == RemedialCauseKind.LowScore
            ? "The tenant already has a low-score rule. Remove it first to change the threshold or course."
            : $"A {WireNames.Of(rule.Kind)} rule for '{rule.Code}' exists. Remove it first to map the cause to another course.");

    private static bool CauseWasTakenMeanwhile(TrainingDbContext db, RemedialRule rule)
    {
        db.ChangeTracker.Clear();
        return db.RemedialRules.Any(existing => existing.Kind == rule.Kind && existing.Code == rule.Code);
    }
}
