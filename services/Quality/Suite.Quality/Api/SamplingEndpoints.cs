using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.Quality.Data;
using Suite.Quality.Domain;
using Suite.ServiceDefaults.Auth;

namespace Suite.Quality.Api;

public static class SamplingEndpoints
{
    public static RouteGroupBuilder MapSamplingEndpoints(this RouteGroupBuilder group)
    {
        var runs = group.MapGroup("/sampling-runs").WithTags("Spot-check sampling")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management));

        runs.MapPost("/", DrawAsync)
            .WithSummary("Draw conversations for spot checks")
            .WithDescription("N at random per agent over the period, stratified by store, plus every targeted conversation (red-line hits, low CSAT, complaints), reported apart, each assigned to an evaluator in turn.");
        runs.MapGet("/{id:guid}", GetAsync).WithSummary("One sampling run");
        return group;
    }

    private static async Task<Results<Created<SamplingRunResponse>, ValidationProblem>> DrawAsync(
        SamplingRunRequest request, QualityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = SamplingRun.ValidatePeriod(request.From, request.To);
        foreach (var (field, messages) in SpotCheckSampler.Validate(request.PerAgent, request.LowCsatAtMost, request.EvaluatorIds))
        {
            errors[field] = messages;
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The sampling run is not valid.");
        }

        var (start, end) = LedgerQueryRules.OccurredWindow(request.From, request.To);
        var conversations = db.Conversations.AsNoTracking().Where(conversation => conversation.StartedAt >= start);
        var complaints = db.LedgerEntries.AsNoTracking()
            .Where(entry => entry.Kind == LedgerEntryKind.ComplaintFiled && entry.OccurredAt >= start);
        if (end is not null)
        {
            conversations = conversations.Where(conversation => conversation.StartedAt < end);
            complaints = complaints.Where(entry => entry.OccurredAt < end);
        }

        var complained = (await complaints.Select(entry => new { entry.AgentId, entry.StoreCode }).ToListAsync(cancellationToken))
            .Select(entry => (entry.AgentId, entry.StoreCode)).ToHashSet();
        var candidates = (await conversations
                .Select(conversation => new { conversation.Id, conversation.AgentId, conversation.StoreCode, conversation.Csat, conversation.FlaggedForReview })
                .ToListAsync(cancellationToken))
            .Select(conversation => new SamplingCandidate(
                conversation.Id, conversation.AgentId, conversation.StoreCode, conversation.Csat, conversation.FlaggedForReview,
                complained.Contains((conversation.AgentId, conversation.StoreCode))))
            .ToList();

        var plan = new SamplingPlan(
            request.PerAgent!.Value, request.LowCsatAtMost, request.EvaluatorIds!.Select(id => id!.Trim()).ToList(),
            request.Seed ?? RandomNumberGenerator.GetInt32(int.MaxValue));
        var run = SamplingRun.Record(request.From!.Value, request.To!.Value, plan, SpotCheckSampler.Draw(candidates, plan), clock.GetUtcNow());
        db.SamplingRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/quality/sampling-runs/{run.Id}", SamplingRunResponse.Of(run));
    }

    private static async Task<Results<Ok<SamplingRunResponse>, ProblemHttpResult>> GetAsync(
        Guid id, QualityDbContext db, CancellationToken cancellationToken)
    {
        var run = await db.SamplingRuns.AsNoTracking().FirstOrDefaultAsync(run => run.Id == id, cancellationToken);
        return run is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Sampling run not found.", detail: $"No sampling run has id {id}.")
            : TypedResults.Ok(SamplingRunResponse.Of(run));
    }
}
