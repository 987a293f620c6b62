using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.Quality.Data;
using Suite.Quality.Domain;
using Suite.ServiceDefaults.Auth;

namespace Suite.Quality.Api;

public static class KpiEndpoints
{
    public static RouteGroupBuilder MapKpiEndpoints(this RouteGroupBuilder group)
    {
        var kpis = group.MapGroup("").WithTags("KPIs");

        kpis.MapPost("/kpis", DefineAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Define or redefine a KPI with its target and direction")
            .WithDescription($"201 when the code is new, 200 when it redefines the KPI of that code. The codes {string.Join(", ", KpiRules.DerivedFromAutoQa)} " +
                "are measured from the ingested conversations; any other code is fed as daily figures.");
        kpis.MapGet("/kpis", ListAsync).WithSummary("The tenant's KPIs");
        kpis.MapPost("/kpis/daily-figures", FeedAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.ManagementAndIntegrators))
            .WithSummary("Feed daily KPI figures per agent")
            .WithDescription($"Up to {KpiRules.MaxFiguresPerBatch} figures, all or nothing; a figure for the same agent, day and KPI replaces the earlier one.");
        kpis.MapGet("/agents/{agentId:guid}/kpis", ReportAsync)
            .WithSummary("An agent's KPIs over a period against their targets")
            .WithDescription("from and to (yyyy-MM-dd, UTC days, both included) are required. Each KPI names its shortfall: how far it falls short of the target, in its own unit.");
        return group;
    }

    private static async Task<Results<Created<KpiResponse>, Ok<KpiResponse>, ValidationProblem, ProblemHttpResult>> DefineAsync(
        KpiRequest request, QualityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var draft = new KpiDraft(request.Name, request.Direction, request.Aggregation, request.Target, request.Unit);
        var code = request.Code?.Trim() ?? "";
        var errors = KpiRules.Validate(code, draft);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The KPI is not valid.");
        }

        var details = new NewKpi(draft.Name!.Trim(), draft.Direction!.Value, draft.Aggregation!.Value, draft.Target!.Value, draft.Unit?.Trim());
        var now = clock.GetUtcNow();
        var kpi = await db.KpiDefinitions.FirstOrDefaultAsync(existing => existing.Code == code, cancellationToken);
        var isNew = kpi is null;
        if (kpi is null)
        {
            kpi = KpiDefinition.Create(code, details, now);
            db.KpiDefinitions.Add(kpi);
        }
        else
        {
            kpi.Replace(details, now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Only a first definition can collide: someone else defined the same code at the same moment.
            return ChangedMeanwhile("KPI", "Reload the KPIs and apply your change again.");
        }

        return isNew
            ? TypedResults.Created("/api/quality/kpis", KpiResponse.From(kpi))
            : TypedResults.Ok(KpiResponse.From(kpi));
    }

    private static async Task<Ok<List<KpiResponse>>> ListAsync(QualityDbContext db, CancellationToken cancellationToken)
    {
        var kpis = await db.KpiDefinitions.AsNoTracking().OrderBy(kpi => kpi.Code).ToListAsync(cancellationToken);
        return TypedResults.Ok(kpis.Select(KpiResponse.From).ToList());
    }

    private static async Task<Results<Ok<KpiFiguresResponse>, ValidationProblem, ProblemHttpResult>> FeedAsync(
        KpiFiguresRequest request, QualityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var fed = (await db.KpiDefinitions.AsNoTracking().Select(kpi => kpi.Code).ToListAsync(cancellationToken))
            .Where(code => !KpiRules.DerivedFromAutoQa.Contains(code)).ToHashSet();
        var drafts = request.Figures?.Select(figure => figure is null ? null : new KpiFigureDraft(figure.AgentId, figure.Day, figure.KpiCode, figure.Value)).ToList();
        var errors = KpiRules.ValidateFigures(drafts, fed);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The figures were not stored: some are not valid.");
        }

        var figures = drafts!.Select(draft => (Agent: draft!.AgentId!.Value, Day: draft.Day!.Value, Code: draft.KpiCode!.Trim(), Value: draft.Value!.Value)).ToList();
        var agents = figures.Select(figure => figure.Agent).Distinct().ToList();
        var first = figures.Min(figure => figure.Day);
        var last = figures.Max(figure => figure.Day);
        var existing = (await db.KpiDailyFigures
                .Where(figure => agents.Contains(figure.AgentId) && figure.Day >= first && figure.Day <= last)
                .ToListAsync(cancellationToken))
            .ToDictionary(figure => (figure.AgentId, figure.Day, figure.KpiCode));

        var now = clock.GetUtcNow();
        int created = 0, replaced = 0;
        foreach (var figure in figures)
        {
            if (existing.TryGetValue((figure.Agent, figure.Day, figure.Code), out var stored))
            {
                stored.Replace(figure.Value, now);
                replaced++;
            }
            else
            {
                db.KpiDailyFigures.Add(KpiDailyFigure.Record(figure.Agent, figure.Day, figure.Code, figure.Value, now));
                created++;
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another batch stored a figure for the same agent, day and KPI between our read and our write.
            return ChangedMeanwhile("figures", "Nothing was stored; send the batch again and its figures replace the others.");
        }

        return TypedResults.Ok(new KpiFiguresResponse(created, replaced));
    }

    private static ProblemHttpResult ChangedMeanwhile(string what, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: $"The {what} changed meanwhile.", detail: detail);

    private static async Task<Results<Ok<AgentKpiReport>, ValidationProblem, ProblemHttpResult>> ReportAsync(
        Guid agentId, ClaimsPrincipal user, QualityDbContext db, CancellationToken cancellationToken, DateOnly? from = null, DateOnly? to = null)
    {
        if (!user.IsManagementOrAgent(agentId))
        {
            return CallerScope.NotYours();
        }

        var errors = SamplingRun.ValidatePeriod(from, to);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The KPI query is not valid.");
        }

        var (start, end) = LedgerQueryRules.OccurredWindow(from, to);
        var conversations = db.Conversations.AsNoTracking().Where(conversation => conversation.AgentId == agentId && conversation.StartedAt >= start);
        if (end is not null)
        {
            conversations = conversations.Where(conversation => conversation.StartedAt < end);
        }

        var measured = AutoQaKpis.Measure(await conversations
            .Select(conversation => new ConversationFigures(
                conversation.FirstResponseSeconds, conversation.AverageResponseSeconds, conversation.AnsweredBlocks, conversation.AnsweredWithinThreshold,
                conversation.AgentMessages, conversation.CustomerMessages, conversation.Csat))
            .ToListAsync(cancellationToken));
        var daily = (await db.KpiDailyFigures.AsNoTracking()
                .Where(figure => figure.AgentId == agentId && figure.Day >= from!.Value && figure.Day <= to!.Value)
                .Select(figure => new { figure.KpiCode, figure.Value })
                .ToListAsync(cancellationToken))
            .GroupBy(figure => figure.KpiCode)
            .ToDictionary(group => group.Key, group => group.Select(figure => figure.Value).ToList());
        var kpis = await db.KpiDefinitions.AsNoTracking().OrderBy(kpi => kpi.Code).ToListAsync(cancellationToken);

        var report = kpis.Select(kpi => KpiRules.Attain(
                kpi.Code, kpi.Name, kpi.Direction, kpi.Target,
                measured.TryGetValue(kpi.Code, out var derived)
                    ? derived
                    : KpiRules.Aggregate(kpi.Aggregation, daily.GetValueOrDefault(kpi.Code) ?? [])))
            .ToList();
        return TypedResults.Ok(new AgentKpiReport(agentId, from!.Value, to!.Value, report));
    }
}
