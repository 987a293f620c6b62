using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Suite.Contracts;
using Suite.Quality.Data;
using Suite.Quality.Domain;
using Suite.Quality.Peers;
using Suite.ServiceDefaults.Auth;

namespace Suite.Quality.Api;

public static class ReportEndpoints
{
    public static RouteGroupBuilder MapReportEndpoints(this RouteGroupBuilder group)
    {
        var reports = group.MapGroup("/reports").WithTags("Reports")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management));

        reports.MapGet("/red-line-hits", RedLinesAsync)
            .WithSummary("Red-line hits by category and rule")
            .WithDescription("Over the conversations that started in the period (from and to, yyyy-MM-dd, UTC days, both included).");
        reports.MapGet("/evaluator-workload", WorkloadAsync)
            .WithSummary("Evaluations, dispute reviews and assigned spot checks per evaluator over the period");
        reports.MapGet("/qa-trend", TrendAsync)
            .WithSummary("QA averages of a team or the whole centre, per month or ISO week")
            .WithDescription("team (exact name) counts the team's agents as Scheduling lists them (503 when Scheduling does not answer); " +
                "agentIds (repeatable) names agents instead; neither: every agent counts. granularity: month (default) or week. " +
                "Calibration scores are never part of it.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return group;
    }

    private static async Task<Results<Ok<RedLineReport>, ValidationProblem>> RedLinesAsync(
        QualityDbContext db, CancellationToken cancellationToken, DateOnly? from = null, DateOnly? to = null)
    {
        var errors = SamplingRun.ValidatePeriod(from, to);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The report query is not valid.");
        }

        var (start, end) = LedgerQueryRules.OccurredWindow(from, to);
        var conversations = db.Conversations.AsNoTracking().Where(conversation => conversation.StartedAt >= start);
        if (end is not null)
        {
            conversations = conversations.Where(conversation => conversation.StartedAt < end);
        }

        var hits = await conversations
            .SelectMany(conversation => conversation.RedLineHits, (conversation, hit) => new { ConversationId = conversation.Id, hit.Category, hit.Rule })
            .ToListAsync(cancellationToken);
        var categories = hits.GroupBy(hit => hit.Category).OrderBy(category => category.Key)
            .Select(category => new RedLineCategoryCount(
                category.Key, category.Count(), category.Select(hit => hit.ConversationId).Distinct().Count(),
                category.GroupBy(hit => hit.Rule).Select(rule => new RedLineRuleCount(rule.Key, rule.Count()))
                    .OrderByDescending(rule => rule.Hits).ThenBy(rule => rule.Rule, StringComparer.Ordinal).ToList()))
            .ToList();
        return TypedResults.Ok(new RedLineReport(from!.Value, to!.Value, categories));
    }

    private static async Task<Results<Ok<EvaluatorWorkloadReport>, ValidationProblem>> WorkloadAsync(
        QualityDbContext db, CancellationToken cancellationToken, DateOnly? from = null, DateOnly? to = null)
    {
        var errors = SamplingRun.ValidatePeriod(from, to);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The report query is not valid.");
        }

        var (start, end) = LedgerQueryRules.OccurredWindow(from, to);
        var until = end ?? DateTimeOffset.MaxValue;
        var completed = await db.Evaluations.AsNoTracking()
            .Where(evaluation => evaluation.CompletedAt >= start && evaluation.CompletedAt < until)
            .Select(evaluation => evaluation.EvaluatorId).ToListAsync(cancellationToken);
        var reviewed = await db.Evaluations.AsNoTracking()
            .Where(evaluation => evaluation.ReviewedAt >= start && evaluation.ReviewedAt < until)
            .Select(evaluation => evaluation.ReviewerId!).ToListAsync(cancellationToken);
        var assigned = await db.SamplingRuns.AsNoTracking()
            .Where(run => run.CreatedAt >= start && run.CreatedAt < until)
            .SelectMany(run => run.Items, (run, item) => item.EvaluatorId).ToListAsync(cancellationToken);

        var evaluators = completed.Concat(reviewed).Concat(assigned).Distinct().Order(StringComparer.Ordinal)
            .Select(evaluator => new EvaluatorWorkload(
                evaluator, completed.Count(id => id == evaluator), reviewed.Count(id => id == evaluator), assigned.Count(id => id == evaluator)))
            .ToList();
        return TypedResults.Ok(new EvaluatorWorkloadReport(from!.Value, to!.Value, evaluators));
    }

    private static async Task<Results<Ok<QaTrendReport>, ValidationProblem>> TrendAsync(
        QualityDbContext db, CentreRoster roster, CancellationToken cancellationToken,
        [FromQuery] Guid[]? agentIds = null, DateOnly? from = null, DateOnly? to = null, string? team = null, string? granularity = null)
    {
        var errors = SamplingRun.ValidatePeriod(from, to);
        var cut = TrendGranularity.Month;
        if (granularity is not null && !WireNames.TryParse(granularity.Trim(), out cut))
        {
            errors["granularity"] = [$"granularity must be one of {string.Join(", ", WireNames.All<TrendGranularity>())}."];
        }

        var teamName = string.IsNullOrWhiteSpace(team) ? null : team.Trim();
        if (teamName is not null && agentIds is { Length: > 0 })
        {
            errors["team"] = ["Name a team or agentIds, not both."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The report query is not valid.");
        }

        if (teamName is not null)
        {
            // A team without agents counts nobody, not everybody.
            var teamAgents = (await roster.ListAsync(teamName, cancellationToken)).Select(agent => agent.AgentId).ToArray();
            agentIds = teamAgents.Length == 0 ? [Guid.Empty] : teamAgents;
        }

        var (start, end) = LedgerQueryRules.OccurredWindow(from, to);
        var until = end ?? DateTimeOffset.MaxValue;
        var members = agentIds?.Distinct().ToList() ?? [];
        var evaluations = db.Evaluations.AsNoTracking().Where(evaluation => evaluation.CompletedAt >= start && evaluation.CompletedAt < until);
        if (members.Count > 0)
        {
            evaluations = evaluations.Where(evaluation => members.Contains(evaluation.AgentId));
        }

        var scored = await evaluations
            .Select(evaluation => new ScoredEvaluation(evaluation.CompletedAt, evaluation.Score, evaluation.AutoFailed))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new QaTrendReport(
            from!.Value, to!.Value, members.Where(agent => agent != Guid.Empty).ToList(), QaTrend.Monthly(scored), teamName, cut, QaTrend.Of(scored, cut)));
    }
}
