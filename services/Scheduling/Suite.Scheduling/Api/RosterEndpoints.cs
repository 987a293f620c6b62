using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.Contracts;
using Suite.Contracts.Events;
using Suite.Scheduling.Data;
using Suite.Scheduling.Domain.Rostering;
using Suite.Scheduling.Domain.Stores;
using Suite.ServiceDefaults.Auth;
using Suite.ServiceDefaults.Paging;

namespace Suite.Scheduling.Api;

public static class RosterEndpoints
{
    public const int MaxDays = 31;

    public static RouteGroupBuilder MapRosterEndpoints(this RouteGroupBuilder group)
    {
        var rosters = group.MapGroup("/rosters").WithTags("Rosters").RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management));
        rosters.MapPost("/", GenerateAsync)
            .WithName("GenerateRoster")
            .WithSummary("Generate a draft roster")
            .WithDescription(
                "Covers the queues' required agents per interval (Erlang C from their demand: serviceLevelTarget 0.8 within serviceLevelSeconds 20, "
                + "maxOccupancy 1, shrinkage 0, concurrency 1 unless given) over firstDay..lastDay (local days in timeZone, at most 31) with "
                + "the shift templates, keeping availability, approved time off, skills and current certifications, one shift a day, weekly "
                + "hours (contracted hours, else defaultMaxWeeklyHours 40), minRestHours 11 and maxConsecutiveDays 6. The same input and seed "
                + "always give the same roster. Agents' stored shift preferences are honoured as a soft goal (preferences in the body replace them "
                + "for the agents they name). Demand it cannot cover is reported, never an error.");
        rosters.MapGet("/", ListAsync)
            .WithName("ListRosters")
            .WithSummary("List rosters")
            .WithDescription("Newest period first, optionally of one status (draft, published, superseded); a page at a time.");
        rosters.MapGet("/{id:guid}", GetAsync)
            .WithName("GetRoster")
            .WithSummary("One roster with its assignments and report")
            .WithDescription("The report judges the roster as it is now: unmet demand, the lower bound, and any rule an assignment breaks.");
        rosters.MapGet("/{id:guid}/coverage", CoverageAsync)
            .WithName("GetRosterCoverage")
            .WithSummary("Coverage per queue and interval")
            .WithDescription("Required and scheduled agents and the projected service level per interval, with the report.");
        rosters.MapGet("/{id:guid}/heatmap.svg", HeatmapAsync)
            .WithName("GetRosterHeatmap")
            .WithSummary("Coverage heatmap as SVG")
            .WithDescription("Required against scheduled per interval (columns) and local day (rows), all queues or queueId only.")
            .Produces<string>(StatusCodes.Status200OK, "image/svg+xml");
        rosters.MapPost("/{id:guid}/assignments", AddAssignmentAsync)
            .WithName("AddRosterAssignment")
            .WithSummary("Put an agent on a shift by hand")
            .WithDescription("Checked against the same rules as generation: a broken rule is a 409 naming it. Draft rosters only.");
        rosters.MapPut("/{id:guid}/assignments/{assignmentId:guid}", ChangeAssignmentAsync)
            .WithName("ChangeRosterAssignment")
            .WithSummary("Change an assignment by hand")
            .WithDescription("Another agent, day, shift template or queue; checked like a new assignment. Draft rosters only.");
        rosters.MapDelete("/{id:guid}/assignments/{assignmentId:guid}", RemoveAssignmentAsync)
            .WithName("RemoveRosterAssignment")
            .WithSummary("Take an assignment off the roster")
            .WithDescription("version is the roster version the planner saw. Draft rosters only.");
        rosters.MapPost("/{id:guid}/publish", PublishAsync)
            .WithName("PublishRoster")
            .WithSummary("Publish a draft roster")
            .WithDescription(
                "Refused (409) while any assignment breaks a rule. Published rosters of the same queues and days are superseded; "
                + "RosterPublished is announced.");
        return group;
    }

    private static async Task<Results<Created<RosterResponse>, ValidationProblem>> GenerateAsync(
        GenerateRosterRequest request, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = ValidateGenerate(request);
        var queueIds = request.QueueIds is { Count: > 0 } given
            ? given.Distinct().ToList()
            : await db.Queues.AsNoTracking().OrderBy(queue => queue.Id).Select(queue => queue.Id).ToListAsync(cancellationToken);
        var known = await db.Queues.AsNoTracking().Where(queue => queueIds.Contains(queue.Id)).Select(queue => queue.Id).ToListAsync(cancellationToken);
        if (queueIds.Count == 0 || known.Count != queueIds.Count)
        {
            errors["queueIds"] = [queueIds.Count == 0 ? "There are no queues to roster." : $"Unknown queues: {string.Join(", ", queueIds.Except(known))}."];
        }

        var templateIds = request.ShiftTemplateIds is { Count: > 0 } templates
            ? templates.Distinct().ToList()
            : await db.ShiftTemplates.AsNoTracking().OrderBy(template => template.Id).Select(template => template.Id).ToListAsync(cancellationToken);
        var knownTemplates = await db.ShiftTemplates.AsNoTracking().Where(template => templateIds.Contains(template.Id)).Select(template => template.Id).ToListAsync(cancellationToken);
        if (templateIds.Count == 0 || knownTemplates.Count != templateIds.Count)
        {
            errors["shiftTemplateIds"] = [templateIds.Count == 0
                ? "There are no shift templates; create some first."
                : $"Unknown shift templates: {string.Join(", ", templateIds.Except(knownTemplates))}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The roster request is not valid.");
        }

        var settings = new RosterSettings(
            request.ServiceLevelTarget ?? 0.8, request.ServiceLevelSeconds ?? 20, request.MaxOccupancy ?? 1.0, request.Shrinkage ?? 0.0,
            request.Concurrency ?? 1.0, request.MinRestHours ?? RosterRules.StandardMinRestHours,
            request.MaxConsecutiveDays ?? RosterRules.StandardMaxConsecutiveDays, request.DefaultMaxWeeklyHours ?? RosterRules.StandardMaxWeeklyHours);
        var now = clock.GetUtcNow();
        var roster = Roster.Draft(new NewRoster(
            string.IsNullOrWhiteSpace(request.Name) ? $"Roster {request.FirstDay:yyyy-MM-dd} to {request.LastDay:yyyy-MM-dd}" : request.Name,
            request.FirstDay!.Value, request.LastDay!.Value, request.TimeZone!, request.IntervalMinutes ?? 30, request.Seed ?? 1,
            queueIds, templateIds, settings), now);
        var preferences = (request.Preferences ?? [])
            .GroupBy(preference => preference.AgentId)
            .ToDictionary(group => group.Key, group => (IReadOnlySet<Guid>)group.SelectMany(preference => preference.ShiftTemplateIds ?? []).ToHashSet());
        var problem = await RosterProblemBuilder.BuildAsync(db, roster, preferences, cancellationToken);
        var result = RosterGenerator.Generate(problem);
        var assignments = result.Assignments.Select(plan => RosterAssignment.From(roster.Id, plan, manual: false, now)).ToList();
        roster.RecordLowerBound(result.Evaluation.LowerBoundAgentHours);
        db.Rosters.Add(roster);
        db.RosterAssignments.AddRange(assignments);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/scheduling/rosters/{roster.Id}", RosterResponse.From(roster, assignments, result.Evaluation));
    }

    private static Dictionary<string, string[]> ValidateGenerate(GenerateRosterRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Name is { } name && name.Trim().Length > 100)
        {
            errors["name"] = ["name is at most 100 characters."];
        }

        if (request.FirstDay is null)
        {
            errors["firstDay"] = ["firstDay is required (a local date, yyyy-MM-dd)."];
        }

        if (request.LastDay is null)
        {
            errors["lastDay"] = ["lastDay is required (a local date, yyyy-MM-dd)."];
        }
        else if (request.FirstDay is { } first && (request.LastDay < first || request.LastDay.Value.DayNumber - first.DayNumber >= MaxDays))
        {
            errors["lastDay"] = [$"lastDay must be on or after firstDay, at most {MaxDays} days in all."];
        }

        if (!StoreRules.IsIanaTimeZone(request.TimeZone))
        {
            errors["timeZone"] = ["timeZone must be an IANA time zone id, e.g. Asia/Shanghai."];
        }

        if (request.IntervalMinutes is not (null or 15 or 30))
        {
            errors["intervalMinutes"] = ["intervalMinutes must be 15 or 30."];
        }

        var targets = new Domain.Staffing.StaffingQuestion(
            0, 1800, 1, request.ServiceLevelTarget ?? 0.8, request.ServiceLevelSeconds ?? 20, request.MaxOccupancy ?? 1.0,
            request.Shrinkage ?? 0.0, request.Concurrency ?? 1.0);
        foreach (var (field, messages) in Domain.Staffing.StaffingRules.ValidateRanges(targets))
        {
            errors[field] = messages;
        }

        foreach (var (field, messages) in RosterRules.Validate(request.MinRestHours, request.MaxConsecutiveDays, request.DefaultMaxWeeklyHours, ""))
        {
            errors[field] = messages;
        }

        if (request.Preferences?.Any(preference => preference is null) == true)
        {
            errors["preferences"] = ["A preference names an agent and its preferred shift templates."];
        }

        return errors;
    }

    private static async Task<Results<Ok<PagedResponse<RosterSummaryResponse>>, ValidationProblem>> ListAsync(
        SchedulingDbContext db, CancellationToken cancellationToken, string? status = null, int? page = null, int? pageSize = null)
    {
        var errors = new Dictionary<string, string[]>();
        var paging = new PageRequest(page ?? 1, pageSize ?? PageRequest.DefaultPageSize);
        paging.Validate(errors);
        RosterStatus? wanted = null;
        if (status is not null)
        {
            if (WireNames.TryParse<RosterStatus>(status, out var parsed))
            {
                wanted = parsed;
            }
            else
            {
                errors["status"] = [$"status must be one of {string.Join(", ", WireNames.All<RosterStatus>())}."];
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.Rosters.AsNoTracking();
        if (wanted is { } only)
        {
            query = query.Where(roster => roster.Status == only);
        }

        var total = await query.CountAsync(cancellationToken);
        var rosters = await query.OrderByDescending(roster => roster.FirstDay).ThenByDescending(roster => roster.Id).Page(paging).ToListAsync(cancellationToken);
        return TypedResults.Ok(paging.Answer(rosters.Select(RosterSummaryResponse.From).ToList(), total));
    }

    private static async Task<Results<Ok<RosterResponse>, ProblemHttpResult>> GetAsync(Guid id, SchedulingDbContext db, CancellationToken cancellationToken)
    {
        var roster = await db.Rosters.AsNoTracking().FirstOrDefaultAsync(roster => roster.Id == id, cancellationToken);
        if (roster is null)
        {
            return RosterNotFound(id);
        }

        var (assignments, evaluation) = await EvaluateAsync(db, roster, cancellationToken);
        return TypedResults.Ok(RosterResponse.From(roster, assignments, evaluation));
    }

    private static async Task<Results<Ok<RosterCoverageResponse>, ProblemHttpResult>> CoverageAsync(Guid id, SchedulingDbContext db, CancellationToken cancellationToken)
    {
        var roster = await db.Rosters.AsNoTracking().FirstOrDefaultAsync(roster => roster.Id == id, cancellationToken);
        if (roster is null)
        {
            return RosterNotFound(id);
        }

        var (_, evaluation) = await EvaluateAsync(db, roster, cancellationToken);
        return TypedResults.Ok(RosterCoverageResponse.From(roster, evaluation));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> HeatmapAsync(
        Guid id, SchedulingDbContext db, CancellationToken cancellationToken, Guid? queueId = null)
    {
        var roster = await db.Rosters.AsNoTracking().FirstOrDefaultAsync(roster => roster.Id == id, cancellationToken);
        if (roster is null)
        {
            return RosterNotFound(id);
        }

        if (queueId is { } only && !roster.QueueIds.Contains(only))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Queue not on the roster.", detail: $"Roster {id} does not cover queue {only}.");
        }

        var (_, evaluation) = await EvaluateAsync(db, roster, cancellationToken);
        var shown = evaluation.Coverage.Where(queue => queueId is null || queue.QueueId == queueId).ToList();
        var period = new RosterPeriod(roster.FirstDay, roster.LastDay, TimeZoneInfo.FindSystemTimeZoneById(roster.TimeZone), roster.IntervalMinutes);
        var title = $"{roster.Name}: required against scheduled ({(queueId is null ? "all queues" : shown.Single().QueueName)}, {roster.TimeZone})";
        return TypedResults.Text(CoverageHeatmap.Render(title, period, shown), "image/svg+xml");
    }

    private static Task<Results<Created<RosterAssignmentResponse>, Ok<RosterAssignmentResponse>, ValidationProblem, ProblemHttpResult>> AddAssignmentAsync(
        Guid id, RosterAssignmentRequest request, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        PlaceAsync(id, null, request, db, clock, cancellationToken);

    private static Task<Results<Created<RosterAssignmentResponse>, Ok<RosterAssignmentResponse>, ValidationProblem, ProblemHttpResult>> ChangeAssignmentAsync(
        Guid id, Guid assignmentId, RosterAssignmentRequest request, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        PlaceAsync(id, assignmentId, request, db, clock, cancellationToken);

    /// <summary>Adds an assignment, or changes <paramref name="assignmentId"/>, after the rule checker has found nothing against it.</summary>
    private static async Task<Results<Created<RosterAssignmentResponse>, Ok<RosterAssignmentResponse>, ValidationProblem, ProblemHttpResult>> PlaceAsync(
        Guid id, Guid? assignmentId, RosterAssignmentRequest request, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var roster = await db.Rosters.FirstOrDefaultAsync(roster => roster.Id == id, cancellationToken);
        if (roster is null)
        {
            return RosterNotFound(id);
        }

        var assignments = await db.RosterAssignments.Where(assignment => assignment.RosterId == id).ToListAsync(cancellationToken);
        var existing = assignmentId is { } wanted ? assignments.FirstOrDefault(assignment => assignment.Id == wanted) : null;
        if (assignmentId is not null && existing is null)
        {
            return AssignmentNotFound(id, assignmentId.Value);
        }

        var errors = new Dictionary<string, string[]>();
        Require(errors, "agentId", request.AgentId);
        Require(errors, "queueId", request.QueueId);
        Require(errors, "shiftTemplateId", request.ShiftTemplateId);
        Require(errors, "version", request.Version);
        if (request.Day is not { } day)
        {
            errors["day"] = ["day is required (a local date of the roster, yyyy-MM-dd)."];
        }
        else if (day < roster.FirstDay || day > roster.LastDay)
        {
            errors["day"] = [$"day must be within the roster, {roster.FirstDay:yyyy-MM-dd} to {roster.LastDay:yyyy-MM-dd}."];
        }

        if (request.QueueId is { } queueId && !roster.QueueIds.Contains(queueId))
        {
            errors["queueId"] = ["The roster does not cover this queue."];
        }

        var template = request.ShiftTemplateId is { } templateId
            ? await db.ShiftTemplates.AsNoTracking().FirstOrDefaultAsync(template => template.Id == templateId, cancellationToken)
            : null;
        if (request.ShiftTemplateId is not null && template is null)
        {
            errors["shiftTemplateId"] = ["No shift template has this id."];
        }

        if (request.AgentId is { } agentId && !await db.Agents.AnyAsync(agent => agent.Id == agentId, cancellationToken))
        {
            errors["agentId"] = ["No agent has this id."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The assignment is not valid.");
        }

        if (EditRefused(roster, request.Version!.Value) is { } refusal)
        {
            return refusal;
        }

        var problem = await RosterProblemBuilder.BuildAsync(db, roster, new Dictionary<Guid, IReadOnlySet<Guid>>(), cancellationToken);
        var agent = problem.Agents.Single(candidate => candidate.Id == request.AgentId);
        var queue = problem.Demand.Select(demand => demand.Queue).Single(candidate => candidate.Id == request.QueueId);
        var shift = ShiftExpander.Expand(template!.Pattern, request.Day!.Value, problem.Period.Zone);
        var others = assignments
            .Where(assignment => assignment.AgentId == agent.Id && assignment != existing)
            .Select(assignment => assignment.Shift)
            .ToList();
        var violations = new RosterRuleChecker(problem.Rules).Check(agent, queue, shift, others);
        if (RosterRuleChecker.CheckTemplateDay(agent, template.Pattern, request.Day.Value) is { } offDay)
        {
            violations.Insert(0, offDay);
        }

        if (violations.Count > 0)
        {
            return RulesBroken("The assignment breaks a roster rule.", violations);
        }

        var plan = new RosterAssignmentPlan(agent.Id, queue.Id, shift);
        var now = clock.GetUtcNow();
        var placed = existing ?? RosterAssignment.From(roster.Id, plan, manual: true, now);
        if (existing is null)
        {
            db.RosterAssignments.Add(placed);
        }
        else
        {
            existing.Change(plan, manual: true);
        }

        roster.Edited();
        if (await SaveEditAsync(db, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        var response = RosterAssignmentResponse.From(placed);
        return existing is null
            ? TypedResults.Created($"/api/scheduling/rosters/{id}/assignments/{placed.Id}", response)
            : TypedResults.Ok(response);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RemoveAssignmentAsync(
        Guid id, Guid assignmentId, SchedulingDbContext db, CancellationToken cancellationToken, int? version = null)
    {
        if (version is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["version"] = ["version is required (the roster version you saw)."] });
        }

        var roster = await db.Rosters.FirstOrDefaultAsync(roster => roster.Id == id, cancellationToken);
        if (roster is null)
        {
            return RosterNotFound(id);
        }

        var assignment = await db.RosterAssignments.FirstOrDefaultAsync(assignment => assignment.Id == assignmentId && assignment.RosterId == id, cancellationToken);
        if (assignment is null)
        {
            return AssignmentNotFound(id, assignmentId);
        }

        if (EditRefused(roster, version.Value) is { } refusal)
        {
            return refusal;
        }

        db.RosterAssignments.Remove(assignment);
        roster.Edited();
        return await SaveEditAsync(db, cancellationToken) is { } conflict ? conflict : TypedResults.NoContent();
    }

    private static async Task<Results<Ok<RosterSummaryResponse>, ValidationProblem, ProblemHttpResult>> PublishAsync(
        Guid id, PublishRosterRequest request, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request.Version is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["version"] = ["version is required (the roster version you saw)."] });
        }

        var roster = await db.Rosters.FirstOrDefaultAsync(roster => roster.Id == id, cancellationToken);
        if (roster is null)
        {
            return RosterNotFound(id);
        }

        if (EditRefused(roster, request.Version.Value) is { } refusal)
        {
            return refusal;
        }

        var (assignments, evaluation) = await EvaluateAsync(db, roster, cancellationToken);
        if (evaluation.Violations.Count > 0)
        {
            return RulesBroken("The roster breaks rules; fix the assignments before publishing.", evaluation.Violations);
        }

        var now = clock.GetUtcNow();
        var published = await db.Rosters.Where(other => other.Status == RosterStatus.Published && other.Id != id).ToListAsync(cancellationToken);
        foreach (var other in published.Where(roster.Overlaps))
        {
            other.Supersede();
        }

        roster.Publish(now);
        db.AddEvent(new RosterPublished(
            Guid.CreateVersion7(now), roster.TenantId, now, roster.Id, roster.FirstDay, roster.LastDay,
            assignments.Select(assignment => assignment.AgentId).Distinct().Order().ToList()));
        return await SaveEditAsync(db, cancellationToken) is { } conflict ? conflict : TypedResults.Ok(RosterSummaryResponse.From(roster));
    }

    private static async Task<(List<RosterAssignment> Assignments, RosterEvaluation Evaluation)> EvaluateAsync(
        SchedulingDbContext db, Roster roster, CancellationToken cancellationToken)
    {
        var assignments = await db.RosterAssignments.AsNoTracking().Where(assignment => assignment.RosterId == roster.Id).ToListAsync(cancellationToken);
        var problem = await RosterProblemBuilder.BuildAsync(db, roster, new Dictionary<Guid, IReadOnlySet<Guid>>(), cancellationToken);
        return (assignments, RosterEvaluator.Evaluate(problem, assignments.Select(assignment => assignment.Plan).ToList(), roster.LowerBoundAgentHours));
    }

    private static ProblemHttpResult? EditRefused(Roster roster, int version)
    {
        if (roster.Status != RosterStatus.Draft)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict, title: "The roster is not a draft.",
                detail: $"Roster {roster.Id} is {WireNames.Of(roster.Status)}; only drafts change.");
        }

        return version == roster.Version
            ? null
            : TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict, title: "The roster has changed.",
                detail: $"The change was made on version {version}; the roster is at version {roster.Version}. Reload it and try again.");
    }

    private static async Task<ProblemHttpResult?> SaveEditAsync(SchedulingDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException)
        {
            // The version token or the one-shift-a-day index: another planner's edit landed first.
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict, title: "The roster has changed.",
                detail: "Another edit was saved at the same time; nothing of this one was. Reload the roster and try again.");
        }
    }

    private static ProblemHttpResult RulesBroken(string title, IReadOnlyList<RuleViolation> violations) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: title,
            detail: string.Join(" ", violations.Select(violation => violation.Message)),
            extensions: new Dictionary<string, object?>
            {
                ["rules"] = violations.Select(violation => WireNames.Of(violation.Rule)).Distinct().ToList(),
                ["violations"] = violations,
            });

    private static void Require<T>(Dictionary<string, string[]> errors, string field, T? value) where T : struct
    {
        if (value is null)
        {
            errors[field] = [$"{field} is required."];
        }
    }

    private static ProblemHttpResult RosterNotFound(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Roster not found.", detail: $"No roster has id {id}.");

    private static ProblemHttpResult AssignmentNotFound(Guid id, Guid assignmentId) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Assignment not found.", detail: $"Roster {id} has no assignment {assignmentId}.");
}
