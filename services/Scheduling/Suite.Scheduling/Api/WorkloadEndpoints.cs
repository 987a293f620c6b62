using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.Scheduling.Data;
using Suite.Scheduling.Domain.Workload;
using Suite.ServiceDefaults.Auth;

namespace Suite.Scheduling.Api;

public static class WorkloadEndpoints
{
    public const int MaxReportDays = 31;

    public static RouteGroupBuilder MapWorkloadEndpoints(this RouteGroupBuilder group)
    {
        var workload = group.MapGroup("/workload").WithTags("Workload");
        workload.MapPost("/receptions", PostReceptionsAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.ManagementAndIntegrators))
            .WithSummary("Record a day's receptions per agent and store")
            .WithDescription("A figure for an agent, store and day that is already recorded is replaced (a corrected export). All or nothing.");
        workload.MapGet("/report", ReportAsync)
            .WithSummary("Effective load per agent and day")
            .WithDescription(
                "Effective load = receptions + stores served x the per-store overhead (seed 003), against each agent's maximum daily "
                + "receptions, for from..to (at most 31 days); overloadedOnly=true keeps the overloaded agents only.");
        workload.MapGet("/store-candidates", StoreCandidatesAsync)
            .WithSummary("Who should take a store on a day")
            .WithDescription(
                "Agents (optionally with a skill) ranked by the headroom left under their maximum daily receptions once the store's "
                + "overhead is added to their effective load; agents without a maximum are left out.");
        workload.MapGet("/settings", GetSettingsAsync).WithSummary("The per-store overhead in use");
        workload.MapPut("/settings", PutSettingsAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Change the per-store overhead");
        return group;
    }

    private static async Task<Results<Ok<PostReceptionsResponse>, ValidationProblem, ProblemHttpResult>> PostReceptionsAsync(
        PostReceptionsRequest request, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var figures = request.Figures ?? [];
        var errors = ReceptionRules.Validate(request.Date, figures, DateOnly.FromDateTime(now.UtcDateTime));
        if (errors.Count == 0)
        {
            var agentIds = figures.Select(figure => figure!.AgentId!.Value).Distinct().ToList();
            var known = await db.Agents.Where(agent => agentIds.Contains(agent.Id)).Select(agent => agent.Id).ToListAsync(cancellationToken);
            for (var i = 0; i < figures.Count; i++)
            {
                if (!known.Contains(figures[i]!.AgentId!.Value))
                {
                    errors[$"figures[{i}].agentId"] = [$"No agent has id {figures[i]!.AgentId}."];
                }
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The reception figures are not valid; none were recorded.");
        }

        var ids = figures.Select(figure => figure!.AgentId!.Value).Distinct().ToList();
        var existing = await db.DailyReceptions
            .Where(reception => reception.Date == request.Date && ids.Contains(reception.AgentId))
            .ToDictionaryAsync(reception => (reception.AgentId, reception.Store), cancellationToken);
        var corrected = 0;
        foreach (var figure in figures)
        {
            var key = (figure!.AgentId!.Value, ReceptionRules.NormaliseStore(figure.Store!));
            if (existing.TryGetValue(key, out var recorded))
            {
                recorded.Correct(figure.Receptions!.Value, now);
                corrected++;
            }
            else
            {
                db.DailyReceptions.Add(DailyReception.Record(key.Item1, request.Date, figure.Store!, figure.Receptions!.Value, now));
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is not DbUpdateConcurrencyException)
        {
            // Only a simultaneous post of the same figures can collide on the unique index.
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "The same figures were being recorded at the same time.",
                detail: "Nothing from this request was recorded; send it again.");
        }

        return TypedResults.Ok(new PostReceptionsResponse(request.Date, figures.Count - corrected, corrected));
    }

    private static async Task<Results<Ok<WorkloadReportResponse>, ValidationProblem>> ReportAsync(
        SchedulingDbContext db, CancellationToken cancellationToken, DateOnly? from = null, DateOnly? to = null, bool overloadedOnly = false)
    {
        var errors = new Dictionary<string, string[]>();
        if (from is null)
        {
            errors["from"] = ["from is required (yyyy-MM-dd)."];
        }

        var last = to ?? from;
        if (from is not null && last < from)
        {
            errors["to"] = ["to must not be before from."];
        }
        else if (from is not null && last!.Value.DayNumber - from.Value.DayNumber >= MaxReportDays)
        {
            errors["to"] = [$"At most {MaxReportDays} days at a time."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var first = from!.Value;
        var end = last!.Value;
        var overhead = await PerStoreOverheadAsync(db, cancellationToken);
        var figures = await db.DailyReceptions.AsNoTracking()
            .Where(reception => reception.Date >= first && reception.Date <= end)
            .Select(reception => new ReceptionFigure(reception.AgentId, reception.Date, reception.Store, reception.Receptions))
            .ToListAsync(cancellationToken);
        var agentIds = figures.Select(figure => figure.AgentId).Distinct().ToList();
        var agents = await db.Agents.AsNoTracking().Where(agent => agentIds.Contains(agent.Id)).ToDictionaryAsync(agent => agent.Id, cancellationToken);
        var loads = MultiStoreWorkload.Report(figures, agents.ToDictionary(pair => pair.Key, pair => pair.Value.MaxDailyReceptions), overhead);
        var days = loads
            .Where(load => !overloadedOnly || load.Overloaded)
            .Select(load =>
            {
                var agent = agents[load.AgentId];
                return new AgentDayLoadResponse(
                    load.AgentId, agent.EmployeeNumber, agent.DisplayName, agent.Team, load.Date, load.Receptions, load.StoresServed,
                    load.EffectiveLoad, load.MaxDailyReceptions, load.Overloaded, load.HeadroomWithAnotherStore);
            })
            .ToList();
        return TypedResults.Ok(new WorkloadReportResponse(first, end, overhead, days));
    }

    private static async Task<Results<Ok<List<StoreCandidateResponse>>, ValidationProblem>> StoreCandidatesAsync(
        SchedulingDbContext db, CancellationToken cancellationToken, DateOnly? date = null, string? store = null, string? skill = null)
    {
        var errors = new Dictionary<string, string[]>();
        if (date is null)
        {
            errors["date"] = ["date is required (yyyy-MM-dd)."];
        }

        if (string.IsNullOrWhiteSpace(store) || store.Trim().Length > ReceptionRules.MaxStoreLength)
        {
            errors["store"] = [$"store is required and at most {ReceptionRules.MaxStoreLength} characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var day = date!.Value;
        var agentsQuery = db.Agents.AsNoTracking().Where(agent => agent.MaxDailyReceptions != null);
        if (!string.IsNullOrWhiteSpace(skill))
        {
            var wanted = skill.Trim().ToLowerInvariant();
            agentsQuery = agentsQuery.Where(agent => agent.Skills.Contains(wanted));
        }

        var agents = await agentsQuery.ToDictionaryAsync(agent => agent.Id, cancellationToken);
        var figures = (await db.DailyReceptions.AsNoTracking().Where(reception => reception.Date == day).ToListAsync(cancellationToken))
            .ToLookup(reception => reception.AgentId);
        var overhead = await PerStoreOverheadAsync(db, cancellationToken);
        var ranked = MultiStoreWorkload.RankForStore(
            store!,
            agents.Values.Select(agent => new AgentDay(
                agent.Id, agent.MaxDailyReceptions, figures[agent.Id].Select(figure => new StoreReceptions(figure.Store, figure.Receptions)).ToList())),
            overhead);
        return TypedResults.Ok(ranked.Select(candidate => new StoreCandidateResponse(
            candidate.AgentId, agents[candidate.AgentId].EmployeeNumber, agents[candidate.AgentId].DisplayName, candidate.ServesStoreAlready,
            candidate.EffectiveLoad, candidate.EffectiveLoadWithStore, candidate.MaxDailyReceptions, candidate.Headroom)).ToList());
    }

    private static async Task<Ok<WorkloadSettingsResponse>> GetSettingsAsync(SchedulingDbContext db, CancellationToken cancellationToken)
    {
        var settings = await db.WorkloadSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        return TypedResults.Ok(new WorkloadSettingsResponse(settings?.PerStoreOverhead ?? MultiStoreWorkload.DefaultPerStoreOverhead, settings is null));
    }

    private static async Task<Results<Ok<WorkloadSettingsResponse>, ValidationProblem, ProblemHttpResult>> PutSettingsAsync(
        WorkloadSettingsRequest request, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = ReceptionRules.ValidateOverhead(request.PerStoreOverhead);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var now = clock.GetUtcNow();
        var settings = await db.WorkloadSettings.FirstOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            db.WorkloadSettings.Add(WorkloadSettings.Create(request.PerStoreOverhead!.Value, now));
        }
        else
        {
            settings.Change(request.PerStoreOverhead!.Value, now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is not DbUpdateConcurrencyException)
        {
            // The tenant's first settings were being created by another request at the same moment.
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict, title: "Someone else changed this first.", detail: "Reload the settings and apply your change again.");
        }

        return TypedResults.Ok(new WorkloadSettingsResponse(request.PerStoreOverhead!.Value, false));
    }

    private static async Task<int> PerStoreOverheadAsync(SchedulingDbContext db, CancellationToken cancellationToken) =>
        await db.WorkloadSettings.AsNoTracking().Select(settings => (int?)settings.PerStoreOverhead).FirstOrDefaultAsync(cancellationToken)
            ?? MultiStoreWorkload.DefaultPerStoreOverhead;
}
