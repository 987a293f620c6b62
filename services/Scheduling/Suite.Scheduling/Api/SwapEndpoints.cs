using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.Contracts;
using Suite.Scheduling.Data;
using Suite.Scheduling.Domain.Rostering;
using Suite.Scheduling.Domain.Swaps;
using Suite.Scheduling.Domain.TimeOff;
using Suite.ServiceDefaults.Auth;
using Suite.ServiceDefaults.Paging;

namespace Suite.Scheduling.Api;

public static class SwapEndpoints
{
    public const int MaxTextLength = 500;

    public static RouteGroupBuilder MapSwapEndpoints(this RouteGroupBuilder group)
    {
        var swaps = group.MapGroup("/shift-swaps").WithTags("Shift swaps");
        swaps.MapPost("/", ProposeAsync)
            .RequireAuthorization(policy => policy.RequireRole(TimeOffEndpoints.AgentsAndManagement))
            .WithName("SchedulingProposeSwap")
            .WithSummary("Propose a shift swap")
            .WithDescription(
                "Agent A offers its assignment to agent partnerId, who takes it over, or with partnerAssignmentId exchanges it for the partner's. "
                + "An agent proposes only for its own shift. Checked against the roster's rules at once: a broken rule is a 409 naming it (rules).");
        swaps.MapGet("/", ListAsync)
            .RequireAuthorization(policy => policy.RequireRole(TimeOffEndpoints.AgentsAndManagement))
            .WithName("SchedulingListSwaps")
            .WithSummary("List shift swaps")
            .WithDescription("Optionally of one status; newest first, a page at a time. An agent sees the swaps it is part of.");
        swaps.MapGet("/{id:guid}", GetAsync)
            .RequireAuthorization(policy => policy.RequireRole(TimeOffEndpoints.AgentsAndManagement))
            .WithName("SchedulingGetSwap")
            .WithSummary("One shift swap")
            .WithDescription("Management, or one of its two agents.");
        swaps.MapPost("/{id:guid}/accept", AcceptAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Agent))
            .WithName("SchedulingAcceptSwap")
            .WithSummary("The partner accepts")
            .WithDescription("Only the partner agent; the swap then waits for a leader's approval.");
        swaps.MapPost("/{id:guid}/decline", DeclineAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Agent))
            .WithName("SchedulingDeclineSwap")
            .WithSummary("The partner declines")
            .WithDescription("Only the partner agent, with an optional reason.");
        swaps.MapPost("/{id:guid}/approve", ApproveAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithName("SchedulingApproveSwap")
            .WithSummary("A leader approves an accepted swap, which changes the roster")
            .WithDescription(
                "The leader of both agents' team, or a supervisor or manager. The rules are checked again against the roster as it is now: "
                + "a broken rule is a 409 naming it, and nothing changes.");
        swaps.MapPost("/{id:guid}/reject", RejectAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithName("SchedulingRejectSwap")
            .WithSummary("A leader rejects a swap, saying why")
            .WithDescription("The same people who may approve it; the reason is required.");
        swaps.MapPost("/{id:guid}/cancel", CancelAsync)
            .RequireAuthorization(policy => policy.RequireRole(TimeOffEndpoints.AgentsAndManagement))
            .WithName("SchedulingCancelSwap")
            .WithSummary("Withdraw a swap before it is decided")
            .WithDescription("The requester or management.");
        return group;
    }

    private static async Task<Results<Created<ShiftSwapResponse>, ValidationProblem, ProblemHttpResult>> ProposeAsync(
        ProposeSwapRequest request, ClaimsPrincipal user, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.AssignmentId is null)
        {
            errors["assignmentId"] = ["assignmentId is required: the roster assignment (shift) to give away."];
        }

        if (request.PartnerId is null)
        {
            errors["partnerId"] = ["partnerId is required: the agent to swap with."];
        }

        if (request.Note is { Length: > MaxTextLength })
        {
            errors["note"] = [$"note is at most {MaxTextLength} characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The swap is not valid.");
        }

        var given = await db.RosterAssignments.AsNoTracking().FirstOrDefaultAsync(assignment => assignment.Id == request.AssignmentId, cancellationToken);
        if (given is null)
        {
            return NotFound("Assignment not found.", $"No roster assignment has id {request.AssignmentId}.");
        }

        if (!user.IsManagementOrAgent(given.AgentId))
        {
            return TimeOffEndpoints.Forbidden("An agent offers only its own shifts.");
        }

        if (!await db.Agents.AnyAsync(agent => agent.Id == request.PartnerId, cancellationToken))
        {
            return AgentEndpoints.AgentNotFound(request.PartnerId!.Value);
        }

        RosterAssignment? taken = null;
        if (request.PartnerAssignmentId is { } partnerAssignmentId)
        {
            taken = await db.RosterAssignments.AsNoTracking().FirstOrDefaultAsync(assignment => assignment.Id == partnerAssignmentId, cancellationToken);
            if (taken is null)
            {
                return NotFound("Assignment not found.", $"No roster assignment has id {partnerAssignmentId}.");
            }
        }

        if (request.PartnerId == given.AgentId)
        {
            errors["partnerId"] = ["An agent cannot swap with itself."];
        }

        if (taken is not null && (taken.AgentId != request.PartnerId || taken.RosterId != given.RosterId))
        {
            errors["partnerAssignmentId"] = ["The partner's assignment must be the partner's own, in the same roster."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The swap is not valid.");
        }

        var claimed = new[] { given.Id, taken?.Id ?? given.Id };
        if (await db.ShiftSwaps.AnyAsync(swap => (swap.Status == SwapStatus.Proposed || swap.Status == SwapStatus.Accepted)
                && (claimed.Contains(swap.RequesterAssignmentId) || (swap.PartnerAssignmentId != null && claimed.Contains(swap.PartnerAssignmentId.Value))),
                cancellationToken))
        {
            return Conflict("The shift is already in an open swap.", "Another proposed or accepted swap involves one of these shifts; it must be settled first.");
        }

        var swap = ShiftSwap.Propose(given.RosterId, given.AgentId, given.Id, request.PartnerId!.Value, taken?.Id, request.Note, clock.GetUtcNow());
        if (await CheckAsync(db, swap, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        db.ShiftSwaps.Add(swap);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/scheduling/shift-swaps/{swap.Id}", ShiftSwapResponse.From(swap));
    }

    private static async Task<Results<Ok<PagedResponse<ShiftSwapResponse>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        ClaimsPrincipal user, SchedulingDbContext db, CancellationToken cancellationToken, string? status = null, int page = 1,
        int pageSize = PageRequest.DefaultPageSize)
    {
        var errors = new Dictionary<string, string[]>();
        var pageRequest = new PageRequest(page, pageSize);
        pageRequest.Validate(errors);
        SwapStatus? wanted = null;
        if (status is not null)
        {
            if (WireNames.TryParse<SwapStatus>(status.Trim(), out var parsed))
            {
                wanted = parsed;
            }
            else
            {
                errors["status"] = [$"status must be one of {string.Join(", ", WireNames.All<SwapStatus>())}."];
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.ShiftSwaps.AsNoTracking();
        if (!user.IsInAnyRole(SuiteRoles.Management))
        {
            if (user.AgentId() is not { } self)
            {
                return TimeOffEndpoints.Forbidden("An agent token without an agent id sees no swaps.");
            }

            query = query.Where(swap => swap.RequesterId == self || swap.PartnerId == self);
        }

        if (wanted is not null)
        {
            query = query.Where(swap => swap.Status == wanted);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(swap => swap.Id).Page(pageRequest).ToListAsync(cancellationToken);
        return TypedResults.Ok(pageRequest.Answer(items.Select(ShiftSwapResponse.From).ToList(), total));
    }

    private static async Task<Results<Ok<ShiftSwapResponse>, ProblemHttpResult>> GetAsync(
        Guid id, ClaimsPrincipal user, SchedulingDbContext db, CancellationToken cancellationToken)
    {
        var swap = await db.ShiftSwaps.AsNoTracking().FirstOrDefaultAsync(swap => swap.Id == id, cancellationToken);
        if (swap is null)
        {
            return SwapNotFound(id);
        }

        return user.IsInAnyRole(SuiteRoles.Management) || user.AgentId() == swap.RequesterId || user.AgentId() == swap.PartnerId
            ? TypedResults.Ok(ShiftSwapResponse.From(swap))
            : TimeOffEndpoints.Forbidden("An agent sees only the swaps it is part of.");
    }

    private static async Task<Results<Ok<ShiftSwapResponse>, ProblemHttpResult>> AcceptAsync(
        Guid id, ClaimsPrincipal user, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var swap = await db.ShiftSwaps.FirstOrDefaultAsync(swap => swap.Id == id, cancellationToken);
        if (swap is null)
        {
            return SwapNotFound(id);
        }

        if (user.AgentId() != swap.PartnerId)
        {
            return TimeOffEndpoints.Forbidden("Only the partner agent accepts a swap.");
        }

        if (swap.Refusal(SwapStatus.Accepted) is { } illegal)
        {
            return Conflict("Not in a state that allows this.", illegal);
        }

        swap.Accept(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ShiftSwapResponse.From(swap));
    }

    private static async Task<Results<Ok<ShiftSwapResponse>, ValidationProblem, ProblemHttpResult>> DeclineAsync(
        Guid id, SwapReasonRequest? request, ClaimsPrincipal user, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = TimeOffRules.ValidateDecisionReason(request?.Reason, required: false);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var swap = await db.ShiftSwaps.FirstOrDefaultAsync(swap => swap.Id == id, cancellationToken);
        if (swap is null)
        {
            return SwapNotFound(id);
        }

        if (user.AgentId() != swap.PartnerId)
        {
            return TimeOffEndpoints.Forbidden("Only the partner agent declines a swap.");
        }

        if (swap.Refusal(SwapStatus.Declined) is { } illegal)
        {
            return Conflict("Not in a state that allows this.", illegal);
        }

        swap.Decline(request?.Reason, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ShiftSwapResponse.From(swap));
    }

    private static async Task<Results<Ok<ShiftSwapResponse>, ProblemHttpResult>> ApproveAsync(
        Guid id, ClaimsPrincipal user, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var swap = await db.ShiftSwaps.FirstOrDefaultAsync(swap => swap.Id == id, cancellationToken);
        if (swap is null)
        {
            return SwapNotFound(id);
        }

        if (await TimeOffEndpoints.DecisionRefusalAsync(db, user, [swap.RequesterId, swap.PartnerId], cancellationToken) is { } refusal)
        {
            return TimeOffEndpoints.Forbidden(refusal);
        }

        if (swap.Refusal(SwapStatus.Approved) is { } illegal)
        {
            return Conflict("Not in a state that allows this.", illegal);
        }

        if (await CheckAsync(db, swap, cancellationToken) is { } broken)
        {
            return broken;
        }

        var now = clock.GetUtcNow();
        var roster = await db.Rosters.FirstAsync(roster => roster.Id == swap.RosterId, cancellationToken);
        var moved = await db.RosterAssignments
            .Where(assignment => assignment.Id == swap.RequesterAssignmentId || assignment.Id == swap.PartnerAssignmentId)
            .ToListAsync(cancellationToken);

        // Replaced rather than edited: in a same-day exchange each agent's new row takes the other's
        // (roster, agent, day) slot, which only a delete before the insert lets the unique index accept.
        foreach (var assignment in moved)
        {
            var newAgent = assignment.AgentId == swap.RequesterId ? swap.PartnerId : swap.RequesterId;
            db.RosterAssignments.Remove(assignment);
            db.RosterAssignments.Add(RosterAssignment.From(roster.Id, assignment.Plan with { AgentId = newAgent }, manual: true, now));
        }

        roster.Edited();
        swap.Approve(TimeOffEndpoints.Subject(user), now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ShiftSwapResponse.From(swap));
    }

    private static async Task<Results<Ok<ShiftSwapResponse>, ValidationProblem, ProblemHttpResult>> RejectAsync(
        Guid id, SwapReasonRequest request, ClaimsPrincipal user, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = TimeOffRules.ValidateDecisionReason(request.Reason, required: true);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "A rejection says why.");
        }

        var swap = await db.ShiftSwaps.FirstOrDefaultAsync(swap => swap.Id == id, cancellationToken);
        if (swap is null)
        {
            return SwapNotFound(id);
        }

        if (await TimeOffEndpoints.DecisionRefusalAsync(db, user, [swap.RequesterId, swap.PartnerId], cancellationToken) is { } refusal)
        {
            return TimeOffEndpoints.Forbidden(refusal);
        }

        if (swap.Refusal(SwapStatus.Rejected) is { } illegal)
        {
            return Conflict("Not in a state that allows this.", illegal);
        }

        swap.Reject(TimeOffEndpoints.Subject(user), request.Reason!, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ShiftSwapResponse.From(swap));
    }

    private static async Task<Results<Ok<ShiftSwapResponse>, ProblemHttpResult>> CancelAsync(
        Guid id, ClaimsPrincipal user, SchedulingDbContext db, CancellationToken cancellationToken)
    {
        var swap = await db.ShiftSwaps.FirstOrDefaultAsync(swap => swap.Id == id, cancellationToken);
        if (swap is null)
        {
            return SwapNotFound(id);
        }

        if (!user.IsInAnyRole(SuiteRoles.Management) && user.AgentId() != swap.RequesterId)
        {
            return TimeOffEndpoints.Forbidden("Only the requester or management withdraws a swap.");
        }

        if (swap.Refusal(SwapStatus.Cancelled) is { } illegal)
        {
            return Conflict("Not in a state that allows this.", illegal);
        }

        swap.Cancel();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ShiftSwapResponse.From(swap));
    }

    /// <summary>Null when the roster, as it is now, allows the swap; otherwise the 409 naming what stands in the way.</summary>
    private static async Task<ProblemHttpResult?> CheckAsync(SchedulingDbContext db, ShiftSwap swap, CancellationToken cancellationToken)
    {
        var roster = await db.Rosters.AsNoTracking().FirstOrDefaultAsync(roster => roster.Id == swap.RosterId, cancellationToken);
        if (roster is null || roster.Status == RosterStatus.Superseded)
        {
            return Conflict("The roster is no longer in force.", "The shift's roster has been superseded by a newer one; propose the swap on the current roster.");
        }

        var assignments = await db.RosterAssignments.AsNoTracking().Where(assignment => assignment.RosterId == roster.Id).ToListAsync(cancellationToken);
        var given = assignments.FirstOrDefault(assignment => assignment.Id == swap.RequesterAssignmentId);
        var taken = swap.PartnerAssignmentId is { } takenId ? assignments.FirstOrDefault(assignment => assignment.Id == takenId) : null;
        if (given?.AgentId != swap.RequesterId || (swap.PartnerAssignmentId is not null && taken?.AgentId != swap.PartnerId))
        {
            return Conflict("The shifts have changed.", "A planner has moved one of the shifts since the swap was proposed; propose it again.");
        }

        var problem = await RosterProblemBuilder.BuildAsync(db, roster, new Dictionary<Guid, IReadOnlySet<Guid>>(), cancellationToken);
        var agents = problem.Agents.ToDictionary(agent => agent.Id);
        var queues = problem.Demand.Select(demand => demand.Queue).ToDictionary(queue => queue.Id);
        var violations = SwapPlan.Check(
            new RosterRuleChecker(problem.Rules), agents[swap.RequesterId], agents[swap.PartnerId], given, taken, queues, assignments);
        return violations.Count == 0
            ? null
            : TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "The swap breaks a roster rule.",
                detail: string.Join(" ", violations.Select(violation => violation.Message)),
                extensions: new Dictionary<string, object?>
                {
                    ["rules"] = violations.Select(violation => WireNames.Of(violation.Rule)).Distinct().ToList(),
                    ["violations"] = violations,
                });
    }

    private static ProblemHttpResult SwapNotFound(Guid id) => NotFound("Shift swap not found.", $"No shift swap has id {id}.");

    private static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail);

    private static ProblemHttpResult Conflict(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: title, detail: detail);
}
