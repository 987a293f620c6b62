using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.Contracts;
using Suite.Contracts.Events;
using Suite.Quality.Data;
using Suite.Quality.Domain;
using Suite.ServiceDefaults.Auth;
using Suite.ServiceDefaults.Paging;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.Quality.Api;

public static class AppraisalEndpoints
{
    public static RouteGroupBuilder MapAppraisalEndpoints(this RouteGroupBuilder group)
    {
        var appraisals = group.MapGroup("/appraisals").WithTags("Monthly appraisal");
        var management = appraisals.MapGroup("").RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management));

        management.MapPost("/", RunAsync)
            .WithName("RunAppraisal")
            .WithSummary("Compute (or re-run) the appraisal of a month")
            .WithDescription("Weighs each agent's KPI attainment, QA average, training status (asked of Training) and upheld complaints " +
                "under the tenant's appraisal policy; agents and teams come from Scheduling. 201 for a new month, 200 when a draft is re-run, " +
                "409 when the month is published. 503 when Scheduling or Training does not answer; nothing is written then.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        management.MapGet("/", ListAsync)
            .WithName("ListAppraisals")
            .WithSummary("The tenant's appraisals, newest month first")
            .WithDescription("year filters; a page at a time.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        management.MapGet("/{id:guid}", GetAsync)
            .WithName("GetAppraisal")
            .WithSummary("One appraisal with every agent's line")
            .WithDescription("Lines in centre rank order, with team rank, pacesetter flag, gaps per KPI and promotion verdict " +
                "(its blockers in English and as codes with the required and actual figures).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        management.MapPost("/{id:guid}/publish", PublishAsync)
            .WithName("PublishAppraisal")
            .WithSummary("Publish an appraisal: it becomes immutable and AppraisalPublished is sent")
            .WithDescription("Only a draft can be published (409 otherwise).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        appraisals.MapGet("/{id:guid}/agents/{agentId:guid}", GetLineAsync)
            .WithName("GetAgentAppraisal")
            .WithSummary("One agent's line of an appraisal")
            .WithDescription("Management reads any line; an agent reads only its own (403 otherwise), once the appraisal is published (404 before).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapAgentAppraisalEndpoints();

        var policy = group.MapGroup("/appraisal-policy").WithTags("Monthly appraisal")
            .RequireAuthorization(builder => builder.RequireRole(SuiteRoles.Management));
        policy.MapGet("/", GetPolicyAsync)
            .WithName("GetAppraisalPolicy")
            .WithSummary("The tenant's appraisal policy")
            .WithDescription("Weights, complaint deduction, pacesetter share and the promotion rule of each step of the career ladder; the default until the tenant sets its own.");
        policy.MapPut("/", ReplacePolicyAsync)
            .WithName("ReplaceAppraisalPolicy")
            .WithSummary("Replace the tenant's appraisal policy")
            .WithDescription("Applies to appraisals computed from now on; computed ones keep the policy they were computed under.");
        return group;
    }

    private static async Task<Results<Created<AppraisalResponse>, Ok<AppraisalResponse>, ValidationProblem, ProblemHttpResult>> RunAsync(
        RunAppraisalRequest request, ClaimsPrincipal user, QualityDbContext db, MonthlyAppraisalRun run, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = Appraisal.ValidateMonth(request.Year, request.Month, clock.GetUtcNow());
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The appraisal month is not valid.");
        }

        var (year, month) = (request.Year!.Value, request.Month!.Value);
        var appraisal = await db.Appraisals.FirstOrDefaultAsync(existing => existing.Year == year && existing.Month == month, cancellationToken);
        if (appraisal?.Status == AppraisalStatus.Published)
        {
            return Published(appraisal);
        }

        var (policy, lines) = await run.ComputeAsync(year, month, cancellationToken);
        var now = clock.GetUtcNow();
        var isNew = appraisal is null;
        if (appraisal is null)
        {
            appraisal = Appraisal.Compute(year, month, policy, lines, Subject(user), now);
            db.Appraisals.Add(appraisal);
        }
        else if (appraisal.Rerun(policy, lines, Subject(user), now) is { } refusal)
        {
            return Conflict(refusal);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (isNew)
        {
            // Someone else computed the same month at the same moment; theirs stands.
            return Conflict($"The appraisal of {year}-{month:D2} was computed by someone else meanwhile; reload it.");
        }

        var response = AppraisalResponse.From(appraisal);
        return isNew ? TypedResults.Created($"/api/quality/appraisals/{appraisal.Id}", response) : TypedResults.Ok(response);
    }

    private static async Task<Results<Ok<PagedResponse<AppraisalSummaryResponse>>, ValidationProblem>> ListAsync(
        QualityDbContext db, CancellationToken cancellationToken, int? year = null, int page = 1, int pageSize = PageRequest.DefaultPageSize)
    {
        var errors = new Dictionary<string, string[]>();
        if (year is not null and not (>= Appraisal.FirstYear and <= Appraisal.LastYear))
        {
            errors["year"] = [$"year must be {Appraisal.FirstYear} to {Appraisal.LastYear}."];
        }

        var pageRequest = new PageRequest(page, pageSize);
        pageRequest.Validate(errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The appraisal query is not valid.");
        }

        var query = db.Appraisals.AsNoTracking();
        if (year is { } wanted)
        {
            query = query.Where(appraisal => appraisal.Year == wanted);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(appraisal => appraisal.Year).ThenByDescending(appraisal => appraisal.Month)
            .Page(pageRequest).ToListAsync(cancellationToken);
        return TypedResults.Ok(pageRequest.Answer(items.Select(AppraisalSummaryResponse.From).ToList(), total));
    }

    private static async Task<Results<Ok<AppraisalResponse>, ProblemHttpResult>> GetAsync(
        Guid id, QualityDbContext db, CancellationToken cancellationToken)
    {
        var appraisal = await db.Appraisals.AsNoTracking().FirstOrDefaultAsync(appraisal => appraisal.Id == id, cancellationToken);
        return appraisal is null ? NotFound(id) : TypedResults.Ok(AppraisalResponse.From(appraisal));
    }

    private static async Task<Results<Ok<AppraisalResponse>, ProblemHttpResult>> PublishAsync(
        Guid id, ClaimsPrincipal user, QualityDbContext db, ITenantContext tenant, TimeProvider clock, CancellationToken cancellationToken)
    {
        var appraisal = await db.Appraisals.FirstOrDefaultAsync(appraisal => appraisal.Id == id, cancellationToken);
        if (appraisal is null)
        {
            return NotFound(id);
        }

        var now = clock.GetUtcNow();
        if (appraisal.Publish(Subject(user), now) is { } refusal)
        {
            return Conflict(refusal);
        }

        db.AddEvent(new AppraisalPublished(
            Guid.CreateVersion7(now), tenant.TenantId, now, appraisal.Id, appraisal.Year, appraisal.Month,
            appraisal.Lines.Select(line => line.AgentId).ToList()));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(AppraisalResponse.From(appraisal));
    }

    private static async Task<Results<Ok<AgentAppraisalResponse>, ProblemHttpResult>> GetLineAsync(
        Guid id, Guid agentId, ClaimsPrincipal user, QualityDbContext db, CancellationToken cancellationToken)
    {
        var isManagement = user.IsInAnyRole(SuiteRoles.Management);
        if (!isManagement && user.AgentId() != agentId)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "An agent reads only its own appraisal.",
                detail: "The token's agent id is not this agent's.");
        }

        var appraisal = await db.Appraisals.AsNoTracking().FirstOrDefaultAsync(appraisal => appraisal.Id == id, cancellationToken);
        if (appraisal is null || (!isManagement && appraisal.Status != AppraisalStatus.Published))
        {
            return NotFound(id);
        }

        var line = appraisal.Lines.FirstOrDefault(line => line.AgentId == agentId);
        return line is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Agent not in the appraisal.",
                detail: $"The appraisal of {appraisal.Year}-{appraisal.Month:D2} has no line for agent {agentId}.")
            : TypedResults.Ok(new AgentAppraisalResponse(appraisal.Id, appraisal.Year, appraisal.Month, appraisal.Status, line));
    }

    private static async Task<Ok<AppraisalPolicyDocument>> GetPolicyAsync(QualityDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(AppraisalPolicyDocument.From(
            (await db.AppraisalSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken))?.Policy ?? AppraisalPolicy.Default));

    private static async Task<Results<Ok<AppraisalPolicyDocument>, ValidationProblem, ProblemHttpResult>> ReplacePolicyAsync(
        AppraisalPolicyDocument request, QualityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var draft = request.ToDraft();
        var errors = AppraisalPolicy.Validate(draft);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The appraisal policy is not valid.");
        }

        var policy = AppraisalPolicy.From(draft);
        var now = clock.GetUtcNow();
        var settings = await db.AppraisalSettings.FirstOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = TenantAppraisalSettings.Create(policy, now);
            db.AppraisalSettings.Add(settings);
        }
        else
        {
            settings.Replace(policy, now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Only the tenant's first policy can collide: another manager set one at the same moment.
            return Conflict("The appraisal policy was set by someone else meanwhile; reload it and apply your change again.");
        }

        return TypedResults.Ok(AppraisalPolicyDocument.From(settings.Policy));
    }

    /// <summary>Every suite token carries a subject; it names who computed and who published.</summary>
    private static string Subject(ClaimsPrincipal user) =>
        user.FindFirst(SuiteClaims.Subject)?.Value ?? throw new InvalidOperationException("An authenticated caller without a subject.");

    private static ProblemHttpResult Published(Appraisal appraisal) =>
        Conflict($"The appraisal of {appraisal.Year}-{appraisal.Month:D2} is published ({WireNames.Of(appraisal.Status)}) and can no longer be re-run.");

    private static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not possible in the appraisal's current state.", detail: detail);

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Appraisal not found.", detail: $"No appraisal has id {id}.");
}
