using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.Complaints.Data;
using Suite.Complaints.Domain;
using Suite.Complaints.Domain.Callbacks;
using Suite.Contracts;
using Suite.ServiceDefaults.Auth;
using Suite.ServiceDefaults.Paging;

namespace Suite.Complaints.Api;

/// <summary>Bad-review callbacks (差评回访): tasks with due times, attempts and outcomes, and their success rates.</summary>
public static class CallbackEndpoints
{
    /// <summary>Management, and agents for the callbacks assigned to them.</summary>
    private static readonly string[] Callers = [.. SuiteRoles.Management, SuiteRoles.Agent];

    public static RouteGroupBuilder MapCallbackEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/complaints/{id:guid}/callbacks", ScheduleAsync)
            .WithTags("Bad-review callbacks")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithName("ScheduleCallback")
            .WithSummary("Schedule a bad-review callback")
            .WithDescription("A task to call the customer back by dueAt, optionally assigned to an agent. A complaint has at most one open callback (409 otherwise); a closed complaint gets none (409).");

        var callbacks = group.MapGroup("/callbacks").WithTags("Bad-review callbacks");
        callbacks.MapGet("/", ListAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithName("ListCallbacks")
            .WithSummary("Callback tasks")
            .WithDescription("Soonest due first, filtered by storeCode, agentId and open (true for tasks without an outcome), a page at a time.");
        callbacks.MapGet("/mine", MineAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Agent))
            .WithName("ListMyCallbacks")
            .WithSummary("The calling agent's open callback tasks, soonest due first");
        callbacks.MapGet("/{taskId:guid}", GetAsync)
            .RequireAuthorization(policy => policy.RequireRole(Callers))
            .WithName("GetCallback")
            .WithSummary("One callback task with its attempts")
            .WithDescription("An agent sees only the tasks assigned to it (403 otherwise).");
        callbacks.MapPost("/{taskId:guid}/attempts", AttemptAsync)
            .RequireAuthorization(policy => policy.RequireRole(Callers))
            .WithName("RecordCallbackAttempt")
            .WithSummary("Record a call to the customer")
            .WithDescription("When (default now), whether the customer was reached, and notes. A closed task is a 409; an agent records only on its own tasks (403).");
        callbacks.MapPost("/{taskId:guid}/outcome", CloseAsync)
            .RequireAuthorization(policy => policy.RequireRole(Callers))
            .WithName("CloseCallback")
            .WithSummary("End a callback with whether the review was revised")
            .WithDescription("review-revised needs a call that reached the customer (409 otherwise); a closed task is a 409.");
        group.MapGet("/reports/callbacks", ReportAsync)
            .WithTags("Reports")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithName("CallbackSuccessReport")
            .WithSummary("Callback success rate per store and agent")
            .WithDescription("For tasks due in [from, to): tasks, closed, reached (at least one call got through), revised; success rate = revised / closed, reach rate = reached / closed.");
        return group;
    }

    private static async Task<Results<Created<CallbackResponse>, ValidationProblem, ProblemHttpResult>> ScheduleAsync(
        Guid id, ScheduleCallbackRequest request, ComplaintsDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Actor.Of(user) is not { } by)
        {
            return ComplaintProblems.NoSubject("Scheduling a callback");
        }

        var now = clock.GetUtcNow();
        var errors = CallbackRules.ValidateSchedule(request.DueAt, request.AgentId, request.Note, now);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The callback is not valid.");
        }

        var complaint = await db.Complaints.FirstOrDefaultAsync(complaint => complaint.Id == id, cancellationToken);
        if (complaint is null)
        {
            return ComplaintProblems.NotFound(id);
        }

        if (complaint.Status == ComplaintStatus.Closed)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The complaint is closed.",
                detail: "Reopen it before scheduling a callback.");
        }

        if (await db.CallbackTasks.AnyAsync(task => task.ComplaintId == id && task.Outcome == null, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The complaint already has an open callback.",
                detail: "Record attempts on it or close it before scheduling another.");
        }

        var task = CallbackTask.Schedule(complaint, request.AgentId, request.DueAt!.Value, request.Note, by, now);
        db.CallbackTasks.Add(task);
        db.AuditEntries.Add(complaint.RecordCallback(AuditAction.CallbackScheduled, by, now, task.DueAt.ToString("O"), task.Note));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/complaints/callbacks/{task.Id}", CallbackResponse.From(task, now));
    }

    private static async Task<Results<Ok<PagedResponse<CallbackResponse>>, ValidationProblem>> ListAsync(
        ComplaintsDbContext db, TimeProvider clock, CancellationToken cancellationToken,
        string? storeCode = null, Guid? agentId = null, bool? open = null, int page = 1, int pageSize = PageRequest.DefaultPageSize)
    {
        var paging = new PageRequest(page, pageSize);
        var errors = new Dictionary<string, string[]>();
        paging.Validate(errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The list's filters are not valid.");
        }

        var query = db.CallbackTasks.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(storeCode))
        {
            var store = storeCode.Trim();
            query = query.Where(task => task.StoreCode == store);
        }

        if (agentId is not null)
        {
            query = query.Where(task => task.AgentId == agentId);
        }

        if (open is { } wantOpen)
        {
            query = wantOpen ? query.Where(task => task.Outcome == null) : query.Where(task => task.Outcome != null);
        }

        var now = clock.GetUtcNow();
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(task => task.DueAt).ThenBy(task => task.Id).Page(paging).ToListAsync(cancellationToken);
        return TypedResults.Ok(paging.Answer(items.Select(task => CallbackResponse.From(task, now)).ToList(), total));
    }

    private static async Task<Results<Ok<IReadOnlyList<CallbackResponse>>, ProblemHttpResult>> MineAsync(
        ComplaintsDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (user.AgentId() is not { } agentId)
        {
            return NoAgent();
        }

        var now = clock.GetUtcNow();
        var tasks = await db.CallbackTasks.AsNoTracking()
            .Where(task => task.AgentId == agentId && task.Outcome == null)
            .OrderBy(task => task.DueAt).ThenBy(task => task.Id)
            .Take(PageRequest.MaxPageSize)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<CallbackResponse>>(tasks.Select(task => CallbackResponse.From(task, now)).ToList());
    }

    private static async Task<Results<Ok<CallbackResponse>, ProblemHttpResult>> GetAsync(
        Guid taskId, ComplaintsDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var task = await db.CallbackTasks.AsNoTracking().FirstOrDefaultAsync(task => task.Id == taskId, cancellationToken);
        if (task is null)
        {
            return NotFound(taskId);
        }

        return Refusal(user, task) ?? (Results<Ok<CallbackResponse>, ProblemHttpResult>)TypedResults.Ok(CallbackResponse.From(task, clock.GetUtcNow()));
    }

    private static async Task<Results<Ok<CallbackResponse>, ValidationProblem, ProblemHttpResult>> AttemptAsync(
        Guid taskId, CallbackAttemptRequest request, ComplaintsDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Actor.Of(user) is not { } by)
        {
            return ComplaintProblems.NoSubject("Recording a callback attempt");
        }

        var now = clock.GetUtcNow();
        var errors = CallbackRules.ValidateAttempt(request.At, request.Reached, request.Notes, now);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The attempt is not valid.");
        }

        var task = await db.CallbackTasks.FirstOrDefaultAsync(task => task.Id == taskId, cancellationToken);
        if (task is null)
        {
            return NotFound(taskId);
        }

        if (Refusal(user, task) is { } refusal)
        {
            return refusal;
        }

        if (!task.IsOpen)
        {
            return Closed(task);
        }

        if (task.Attempts.Count >= CallbackRules.MaxAttempts)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The callback has had every attempt it may.",
                detail: $"After {CallbackRules.MaxAttempts} attempts, close it with its outcome.");
        }

        task.Attempted(request.At?.ToUniversalTime() ?? now, request.Reached!.Value, request.Notes, by, now);
        // Two attempts recorded at once from the same reading: the task's concurrency token makes the second a 409.
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(CallbackResponse.From(task, now));
    }

    private static async Task<Results<Ok<CallbackResponse>, ValidationProblem, ProblemHttpResult>> CloseAsync(
        Guid taskId, CallbackOutcomeRequest request, ComplaintsDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Actor.Of(user) is not { } by)
        {
            return ComplaintProblems.NoSubject("Closing a callback");
        }

        var errors = CallbackRules.ValidateOutcome(request.Outcome, request.Note);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The outcome is not valid.");
        }

        var task = await db.CallbackTasks.FirstOrDefaultAsync(task => task.Id == taskId, cancellationToken);
        if (task is null)
        {
            return NotFound(taskId);
        }

        if (Refusal(user, task) is { } refusal)
        {
            return refusal;
        }

        if (!task.IsOpen)
        {
            return Closed(task);
        }

        if (request.Outcome == CallbackOutcome.ReviewRevised && !task.Reached)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The customer was never reached.",
                detail: "A review is revised after a call that reached the customer: record that attempt first.");
        }

        var now = clock.GetUtcNow();
        task.Close(request.Outcome!.Value, by, now);
        var complaint = await db.Complaints.FirstAsync(complaint => complaint.Id == task.ComplaintId, cancellationToken);
        db.AuditEntries.Add(complaint.RecordCallback(AuditAction.CallbackClosed, by, now, WireNames.Of(task.Outcome!.Value), request.Note));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(CallbackResponse.From(task, now));
    }

    private static async Task<Results<Ok<CallbackReport>, ValidationProblem>> ReportAsync(
        ComplaintsDbContext db, CancellationToken cancellationToken, DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        if (from is not null && to is not null && to <= from)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["to must be after from."] });
        }

        var query = db.CallbackTasks.AsNoTracking();
        if (from is { } start)
        {
            query = query.Where(task => task.DueAt >= start);
        }

        if (to is { } end)
        {
            query = query.Where(task => task.DueAt < end);
        }

        var tasks = await query.ToListAsync(cancellationToken);
        return TypedResults.Ok(new CallbackReport(
            Rates(tasks, task => task.StoreCode),
            Rates(tasks, task => task.AgentId?.ToString() ?? "unassigned")));
    }

    private static List<CallbackRate> Rates(List<CallbackTask> tasks, Func<CallbackTask, string> key) =>
        tasks.GroupBy(key)
            .Select(group =>
            {
                var closed = group.Where(task => !task.IsOpen).ToList();
                var reached = closed.Count(task => task.Reached);
                var revised = closed.Count(task => task.Outcome == CallbackOutcome.ReviewRevised);
                return new CallbackRate(group.Key, group.Count(), closed.Count, reached, revised,
                    closed.Count == 0 ? 0 : Math.Round((double)revised / closed.Count, 4),
                    closed.Count == 0 ? 0 : Math.Round((double)reached / closed.Count, 4));
            })
            .OrderByDescending(rate => rate.SuccessRate).ThenBy(rate => rate.Key, StringComparer.Ordinal)
            .ToList();

    /// <summary>An agent acts only on callbacks assigned to it; management on any.</summary>
    private static ProblemHttpResult? Refusal(ClaimsPrincipal user, CallbackTask task)
    {
        if (user.IsInAnyRole(SuiteRoles.Management))
        {
            return null;
        }

        return user.AgentId() is { } agentId && agentId == task.AgentId
            ? null
            : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your callback.",
                detail: "An agent acts only on the callbacks assigned to it.");
    }

    private static ProblemHttpResult NotFound(Guid taskId) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Callback not found.", detail: $"No callback task has id {taskId}.");

    private static ProblemHttpResult Closed(CallbackTask task) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The callback is closed.",
            detail: $"It ended {WireNames.Of(task.Outcome!.Value)} at {task.ClosedAt:O}.");

    private static ProblemHttpResult NoAgent() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "The token names no agent.",
            detail: $"Listing one's own callbacks needs the '{SuiteClaims.Agent}' claim.");
}
