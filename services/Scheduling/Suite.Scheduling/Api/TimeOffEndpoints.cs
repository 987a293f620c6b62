using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.Contracts;
using Suite.Scheduling.Data;
using Suite.Scheduling.Domain.Rostering;
using Suite.Scheduling.Domain.TimeOff;
using Suite.ServiceDefaults.Auth;
using Suite.ServiceDefaults.Paging;

namespace Suite.Scheduling.Api;

public static class TimeOffEndpoints
{
    /// <summary>Saves tried before a request that keeps losing races to others of the same agent is refused.</summary>
    private const int MaxFilingAttempts = 5;

    /// <summary>Agents act on their own requests; leaders on their team's.</summary>
    internal static readonly string[] AgentsAndManagement = [SuiteRoles.Agent, .. SuiteRoles.Management];

    public static RouteGroupBuilder MapTimeOffEndpoints(this RouteGroupBuilder group)
    {
        var timeOff = group.MapGroup("/time-off").WithTags("Time off");
        timeOff.MapPost("/", RequestAsync)
            .RequireAuthorization(policy => policy.RequireRole(AgentsAndManagement))
            .WithName("SchedulingRequestTimeOff")
            .WithSummary("Request days or part of a day off")
            .WithDescription(
                "An agent asks for itself (agentId left out or its own); a leader may file for any agent. Whole local days from firstDay "
                + "to lastDay, or one day from startTime to endTime. A request overlapping a pending or approved one of the agent is a 409.");
        timeOff.MapGet("/", ListAsync)
            .RequireAuthorization(policy => policy.RequireRole(AgentsAndManagement))
            .WithName("SchedulingListTimeOff")
            .WithSummary("List time-off requests")
            .WithDescription(
                "Filtered by agentId, team, status (pending, approved, rejected, cancelled) and the days [from, to] they touch; newest first, "
                + "a page at a time. An agent sees only its own.");
        timeOff.MapGet("/{id:guid}", GetAsync)
            .RequireAuthorization(policy => policy.RequireRole(AgentsAndManagement))
            .WithName("SchedulingGetTimeOff")
            .WithSummary("One time-off request")
            .WithDescription("Management, or the agent it belongs to (403 for another agent).");
        timeOff.MapGet("/{id:guid}/coverage-impact", CoverageImpactAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithName("SchedulingTimeOffCoverageImpact")
            .WithSummary("What approving would take from published rosters")
            .WithDescription("The agent's shifts in published rosters that the request covers, with their paid hours.");
        timeOff.MapPost("/{id:guid}/approve", ApproveAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithName("SchedulingApproveTimeOff")
            .WithSummary("Approve a pending request")
            .WithDescription(
                "By the leader of the agent's team, a supervisor or a manager (403 otherwise, and for one's own request). When a published "
                + "roster has the agent working then, the answer is a 409 listing the shifts (coverageImpact) unless confirmCoverageImpact is true.");
        timeOff.MapPost("/{id:guid}/reject", RejectAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithName("SchedulingRejectTimeOff")
            .WithSummary("Reject a pending request, saying why")
            .WithDescription("By the same people who may approve it; the reason is required.");
        timeOff.MapPost("/{id:guid}/cancel", CancelAsync)
            .RequireAuthorization(policy => policy.RequireRole(AgentsAndManagement))
            .WithName("SchedulingCancelTimeOff")
            .WithSummary("Cancel a pending or approved request")
            .WithDescription("By the agent it belongs to or by management; a rejected or cancelled request is a 409.");
        return group;
    }

    private static async Task<Results<Created<TimeOffResponse>, ValidationProblem, ProblemHttpResult>> RequestAsync(
        RequestTimeOffRequest request, ClaimsPrincipal user, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var isManagement = user.IsInAnyRole(SuiteRoles.Management);
        var agentId = request.AgentId ?? (isManagement ? null : user.AgentId());
        if (!isManagement && (user.AgentId() is null || agentId != user.AgentId()))
        {
            return Forbidden("An agent requests time off only for itself.");
        }

        var errors = new Dictionary<string, string[]>();
        var startTime = ParseTime(request.StartTime, "startTime", errors);
        var endTime = ParseTime(request.EndTime, "endTime", errors);
        foreach (var (field, messages) in TimeOffRules.Validate(request.FirstDay, request.LastDay, startTime, endTime, request.Note))
        {
            errors.TryAdd(field, messages);
        }

        if (agentId is null)
        {
            errors["agentId"] = ["agentId is required when a leader files for an agent."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The time-off request is not valid.");
        }

        if (!await db.Agents.AnyAsync(agent => agent.Id == agentId, cancellationToken))
        {
            return AgentEndpoints.AgentNotFound(agentId!.Value);
        }

        var details = new NewTimeOff(agentId!.Value, request.FirstDay!.Value, request.LastDay!.Value, startTime, endTime, request.Note);
        var requestedBy = Subject(user);
        // A request filed at the same instant for the same agent makes this save fail its check on the
        // agent's ledger; the overlap check is then made again, now seeing that request.
        for (var attempt = 1; ; attempt++)
        {
            // The ledger is read before the requests: a request saved in between raises its version, so
            // this save fails instead of passing on a stale overlap check.
            var ledger = await db.TimeOffLedgers.FirstOrDefaultAsync(ledger => ledger.AgentId == details.AgentId, cancellationToken);
            if (ledger is null)
            {
                ledger = TimeOffLedger.Open(details.AgentId);
                db.TimeOffLedgers.Add(ledger);
            }

            if (await OverlapAsync(db, details, cancellationToken) is { } overlapping)
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status409Conflict, title: "It overlaps another request.",
                    detail: $"Request {overlapping.Id} ({overlapping.Status.ToString().ToLowerInvariant()}, {overlapping.FirstDay:yyyy-MM-dd} to "
                        + $"{overlapping.LastDay:yyyy-MM-dd}) already covers some of that time; cancel it first or ask for other days.");
            }

            ledger.RecordFiling();
            var timeOff = TimeOffRequest.Submit(details, requestedBy, clock.GetUtcNow());
            db.TimeOffRequests.Add(timeOff);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return TypedResults.Created($"/api/scheduling/time-off/{timeOff.Id}", TimeOffResponse.From(timeOff));
            }
            catch (DbUpdateException) when (attempt < MaxFilingAttempts)
            {
                // The ledger moved on (or its first row was inserted) since it was read: nothing of this
                // request was saved, so forget it and look again.
                db.ChangeTracker.Clear();
            }
            catch (DbUpdateException)
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status409Conflict, title: "Other requests of the agent were filed at the same time.",
                    detail: "Nothing of this request was saved; send it again.");
            }
        }
    }

    /// <summary>A pending or approved request of the agent sharing some of the time asked for, if any.</summary>
    private static async Task<TimeOffRequest?> OverlapAsync(SchedulingDbContext db, NewTimeOff details, CancellationToken cancellationToken)
    {
        var holding = await db.TimeOffRequests.AsNoTracking()
            .Where(existing => existing.AgentId == details.AgentId
                && (existing.Status == TimeOffStatus.Pending || existing.Status == TimeOffStatus.Approved)
                && existing.FirstDay <= details.LastDay && existing.LastDay >= details.FirstDay)
            .ToListAsync(cancellationToken);
        return holding.FirstOrDefault(existing => existing.Overlaps(details));
    }

    private static async Task<Results<Ok<PagedResponse<TimeOffResponse>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        ClaimsPrincipal user, SchedulingDbContext db, CancellationToken cancellationToken, Guid? agentId = null, string? team = null,
        string? status = null, DateOnly? from = null, DateOnly? to = null, int page = 1, int pageSize = PageRequest.DefaultPageSize)
    {
        if (!user.IsInAnyRole(SuiteRoles.Management))
        {
            if (user.AgentId() is not { } self || (agentId is not null && agentId != self))
            {
                return Forbidden("An agent sees only its own time off.");
            }

            agentId = self;
        }

        var errors = new Dictionary<string, string[]>();
        var pageRequest = new PageRequest(page, pageSize);
        pageRequest.Validate(errors);
        TimeOffStatus? wantedStatus = null;
        if (status is not null)
        {
            if (WireNames.TryParse<TimeOffStatus>(status.Trim(), out var parsed))
            {
                wantedStatus = parsed;
            }
            else
            {
                errors["status"] = [$"status must be one of {string.Join(", ", WireNames.All<TimeOffStatus>())}."];
            }
        }

        if (from is not null && to is not null && to < from)
        {
            errors["to"] = ["to must be on or after from."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.TimeOffRequests.AsNoTracking();
        if (agentId is not null)
        {
            query = query.Where(request => request.AgentId == agentId);
        }

        if (!string.IsNullOrWhiteSpace(team))
        {
            var members = db.Agents.Where(agent => agent.Team == team.Trim()).Select(agent => agent.Id);
            query = query.Where(request => members.Contains(request.AgentId));
        }

        if (wantedStatus is not null)
        {
            query = query.Where(request => request.Status == wantedStatus);
        }

        if (from is not null)
        {
            query = query.Where(request => request.LastDay >= from);
        }

        if (to is not null)
        {
            query = query.Where(request => request.FirstDay <= to);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(request => request.Id).Page(pageRequest).ToListAsync(cancellationToken);
        return TypedResults.Ok(pageRequest.Answer(items.Select(TimeOffResponse.From).ToList(), total));
    }

    private static async Task<Results<Ok<TimeOffResponse>, ProblemHttpResult>> GetAsync(
        Guid id, ClaimsPrincipal user, SchedulingDbContext db, CancellationToken cancellationToken)
    {
        var request = await db.TimeOffRequests.AsNoTracking().FirstOrDefaultAsync(request => request.Id == id, cancellationToken);
        if (request is null)
        {
            return NotFound(id);
        }

        return user.IsManagementOrAgent(request.AgentId) ? TypedResults.Ok(TimeOffResponse.From(request)) : Forbidden("An agent sees only its own time off.");
    }

    private static async Task<Results<Ok<CoverageImpactResponse>, ProblemHttpResult>> CoverageImpactAsync(
        Guid id, SchedulingDbContext db, CancellationToken cancellationToken)
    {
        var request = await db.TimeOffRequests.AsNoTracking().FirstOrDefaultAsync(request => request.Id == id, cancellationToken);
        return request is null
            ? NotFound(id)
            : TypedResults.Ok(CoverageImpactResponse.From(await AffectedShiftsAsync(db, request, cancellationToken)));
    }

    private static async Task<Results<Ok<TimeOffDecisionResponse>, ValidationProblem, ProblemHttpResult>> ApproveAsync(
        Guid id, ApproveTimeOffRequest? body, ClaimsPrincipal user, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var decision = body ?? new ApproveTimeOffRequest();
        var errors = TimeOffRules.ValidateDecisionReason(decision.Reason, required: false);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var request = await db.TimeOffRequests.FirstOrDefaultAsync(request => request.Id == id, cancellationToken);
        if (request is null)
        {
            return NotFound(id);
        }

        if (await DecisionRefusalAsync(db, user, request.AgentId, cancellationToken) is { } refusal)
        {
            return Forbidden(refusal);
        }

        if (request.Refusal(TimeOffStatus.Approved) is { } illegal)
        {
            return Conflict(illegal);
        }

        var affected = await AffectedShiftsAsync(db, request, cancellationToken);
        var impact = CoverageImpactResponse.From(affected);
        if (affected.Count > 0 && !decision.ConfirmCoverageImpact)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict, title: "Approving takes the agent off published shifts.",
                detail: $"The agent works {affected.Count} published shift(s), {impact.Hours:0.##} paid hours, on those days. "
                    + "Approve again with confirmCoverageImpact true to accept the gap, or reject.",
                extensions: new Dictionary<string, object?> { ["coverageImpact"] = impact });
        }

        request.Approve(Subject(user), decision.Reason, affected.Count > 0, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new TimeOffDecisionResponse(TimeOffResponse.From(request), impact));
    }

    private static async Task<Results<Ok<TimeOffResponse>, ValidationProblem, ProblemHttpResult>> RejectAsync(
        Guid id, RejectTimeOffRequest request, ClaimsPrincipal user, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = TimeOffRules.ValidateDecisionReason(request.Reason, required: true);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "A rejection says why.");
        }

        var timeOff = await db.TimeOffRequests.FirstOrDefaultAsync(timeOff => timeOff.Id == id, cancellationToken);
        if (timeOff is null)
        {
            return NotFound(id);
        }

        if (await DecisionRefusalAsync(db, user, timeOff.AgentId, cancellationToken) is { } refusal)
        {
            return Forbidden(refusal);
        }

        if (timeOff.Refusal(TimeOffStatus.Rejected) is { } illegal)
        {
            return Conflict(illegal);
        }

        timeOff.Reject(Subject(user), request.Reason!, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(TimeOffResponse.From(timeOff));
    }

    private static async Task<Results<Ok<TimeOffResponse>, ProblemHttpResult>> CancelAsync(
        Guid id, ClaimsPrincipal user, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var timeOff = await db.TimeOffRequests.FirstOrDefaultAsync(timeOff => timeOff.Id == id, cancellationToken);
        if (timeOff is null)
        {
            return NotFound(id);
        }

        if (!user.IsManagementOrAgent(timeOff.AgentId))
        {
            return Forbidden("An agent cancels only its own time off.");
        }

        if (timeOff.Refusal(TimeOffStatus.Cancelled) is { } illegal)
        {
            return Conflict(illegal);
        }

        timeOff.Cancel(Subject(user), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(TimeOffResponse.From(timeOff));
    }

    /// <summary>Null when the caller may decide on requests of <paramref name="agentIds"/>; otherwise why not.</summary>
    internal static async Task<string?> DecisionRefusalAsync(SchedulingDbContext db, ClaimsPrincipal user, IReadOnlyCollection<Guid> agentIds, CancellationToken cancellationToken)
    {
        var teams = await db.Agents.AsNoTracking().Where(agent => agentIds.Contains(agent.Id)).Select(agent => agent.Team).ToListAsync(cancellationToken);
        var leaders = await db.Teams.AsNoTracking().Where(team => teams.Contains(team.Name)).Select(team => team.LeaderId).ToListAsync(cancellationToken);

        // An agent whose team is not set up as a team has no leader, so only those above team leader decide for it.
        var teamLeaders = leaders.Count == teams.Distinct().Count() ? leaders : [.. leaders, null];
        return ApprovalAuthority.Refusal(
            user.AgentId(), user.IsInAnyRole([SuiteRoles.Supervisor, SuiteRoles.Manager, SuiteRoles.Admin]), user.IsInRole(SuiteRoles.TeamLeader),
            agentIds, teamLeaders);
    }

    private static Task<string?> DecisionRefusalAsync(SchedulingDbContext db, ClaimsPrincipal user, Guid agentId, CancellationToken cancellationToken) =>
        DecisionRefusalAsync(db, user, [agentId], cancellationToken);

    private static async Task<List<AffectedShift>> AffectedShiftsAsync(SchedulingDbContext db, TimeOffRequest request, CancellationToken cancellationToken)
    {
        // A night shift of the day before may run into the first day off.
        var dayBefore = request.FirstDay.AddDays(-1);
        var assignments = await db.RosterAssignments.AsNoTracking()
            .Where(assignment => assignment.AgentId == request.AgentId && assignment.Day >= dayBefore && assignment.Day <= request.LastDay)
            .Join(db.Rosters.Where(roster => roster.Status == RosterStatus.Published), assignment => assignment.RosterId, roster => roster.Id,
                (assignment, _) => assignment)
            .ToListAsync(cancellationToken);
        return TimeOffCoverage.Affected(request, assignments);
    }

    internal static string Subject(ClaimsPrincipal user) => user.Identity?.Name ?? "";

    private static TimeOnly? ParseTime(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (TimeOnly.TryParseExact(text.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        errors[field] = [$"{field} must be a local time as HH:mm, e.g. 13:30."];
        return null;
    }

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Time-off request not found.", detail: $"No time-off request has id {id}.");

    internal static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not yours to do.", detail: detail);

    private static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not in a state that allows this.", detail: detail);
}
