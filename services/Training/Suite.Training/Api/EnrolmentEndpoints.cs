using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.ServiceDefaults.Auth;
using Suite.ServiceDefaults.Paging;
using Suite.Training.Agents;
using Suite.Training.Data;
using Suite.Training.Domain;

namespace Suite.Training.Api;

public static class EnrolmentEndpoints
{
    public static RouteGroupBuilder MapEnrolmentEndpoints(this RouteGroupBuilder group)
    {
        // No :guid constraint: a malformed agent id is the caller's mistake (400), not an unknown route (404).
        group.MapGet("/agents/{agentId}/enrolments", ListForAgentAsync)
            .WithTags("Enrolments")
            .WithSummary("An agent's enrolments")
            .WithDescription("Newest first, for management and the agent itself (403 otherwise). Training does not own agents: an agent it has never enrolled has an empty list.");
        group.MapGet("/enrolments/{id:guid}/progress", ProgressAsync)
            .WithTags("Enrolments")
            .WithSummary("An enrolment's progress through its path's courses")
            .WithDescription("For management and the enrolled agent (403 otherwise). Each course of the path in order, with the version the agent completed (passing the course's quiz completes it; on a re-certification path only passes since the enrolment count).");
        group.MapPost("/enrolments", EnrolAsync)
            .WithTags("Enrolments")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Enrol an agent in a learning path")
            .WithDescription("An advanced path for an experienced agent, a re-certification path, any path of the tenant. The agent must be one of the tenant's in Scheduling (400 otherwise; 503 when Scheduling cannot say). Due the path's number of days from today unless `dueOn` is given. 409 when the agent is already on the path; a completed re-certification path is reopened (200) instead.");
        group.MapGet("/enrolments/overdue", OverdueAsync)
            .WithTags("Enrolments")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Overdue enrolments, per team")
            .WithDescription("Enrolments not completed and past their due date, most overdue first, a page at a time. `team` (the exact team name, as Scheduling has it) narrows the list to that team's agents; each line names the agent's team. 503 when Scheduling, which owns teams, cannot answer.");
        return group;
    }

    private static async Task<Results<Created<EnrolmentResponse>, Ok<EnrolmentResponse>, ValidationProblem, ProblemHttpResult>> EnrolAsync(
        EnrolRequest request, TrainingDbContext db, IAgentDirectory agents, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var errors = EnrolmentRules.Validate(request.AgentId, request.LearningPathId, request.DueOn, request.Reason, today);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The enrolment is not valid.");
        }

        var path = await db.LearningPaths.AsNoTracking().FirstOrDefaultAsync(path => path.Id == request.LearningPathId, cancellationToken);
        if (path is null)
        {
            errors["learningPathId"] = [$"No learning path has id {request.LearningPathId}."];
        }

        if (await agents.FindAsync(request.AgentId, cancellationToken) is null)
        {
            errors["agentId"] = [$"Scheduling has no agent {request.AgentId} in this tenant."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The enrolment is not valid.");
        }

        var reason = string.IsNullOrWhiteSpace(request.Reason) ? EnrolmentRules.AssignedBySupervisor : request.Reason.Trim();
        var outcome = await db.EnrolAsync(request.AgentId, path!, request.DueOn ?? path!.DueOnFor(today), reason, now, cancellationToken);
        if (outcome.WhyNot is { } whyNot)
        {
            return Problems.Conflict("The agent cannot be enrolled in this path.", whyNot);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (db.EnrolledMeanwhile(request.AgentId, path!.Id))
        {
            return Problems.Conflict("The agent cannot be enrolled in this path.", "The agent was enrolled in this path meanwhile.");
        }

        var response = EnrolmentResponse.From(new AgentEnrolment(outcome.Enrolment!, path!.Name));
        return outcome.Reopened
            ? TypedResults.Ok(response)
            : TypedResults.Created($"/api/training/enrolments/{response.Id}/progress", response);
    }

    private static async Task<Results<Ok<PagedResponse<OverdueEnrolmentResponse>>, ValidationProblem>> OverdueAsync(
        TrainingDbContext db, IAgentDirectory agents, TimeProvider clock, CancellationToken cancellationToken,
        string? team = null, int page = 1, int pageSize = PageRequest.DefaultPageSize)
    {
        var pageRequest = new PageRequest(page, pageSize);
        var errors = new Dictionary<string, string[]>();
        pageRequest.Validate(errors);
        if (team is not null && string.IsNullOrWhiteSpace(team))
        {
            errors["team"] = ["team, when given, is a team's name."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The overdue list's query is not valid.");
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var directory = (await agents.ListAsync(team?.Trim(), cancellationToken)).ToDictionary(agent => agent.Id);
        var overdue = from enrolment in db.Enrolments.AsNoTracking()
                      join path in db.LearningPaths.AsNoTracking() on enrolment.LearningPathId equals path.Id
                      where enrolment.Status != EnrolmentStatus.Completed && enrolment.DueOn < today
                      select new { Enrolment = enrolment, PathName = path.Name };
        if (team is not null)
        {
            var members = directory.Keys.ToList();
            overdue = overdue.Where(row => members.Contains(row.Enrolment.AgentId));
        }

        var ordered = overdue.OrderBy(row => row.Enrolment.DueOn).ThenBy(row => row.Enrolment.Id);
        var total = await ordered.CountAsync(cancellationToken);
        var rows = await ordered.Page(pageRequest).ToListAsync(cancellationToken);
        return TypedResults.Ok(pageRequest.Answer(rows.Select(row =>
        {
            var agent = directory.GetValueOrDefault(row.Enrolment.AgentId);
            return new OverdueEnrolmentResponse(row.Enrolment.Id, row.Enrolment.AgentId, agent?.DisplayName, agent?.Team,
                row.Enrolment.LearningPathId, row.PathName, row.Enrolment.Status, row.Enrolment.DueOn,
                today.DayNumber - row.Enrolment.DueOn.DayNumber);
        }).ToList(), total));
    }

    private static async Task<Results<Ok<List<EnrolmentResponse>>, ProblemHttpResult>> ListForAgentAsync(
        Guid agentId, ClaimsPrincipal caller, TrainingDbContext db, CancellationToken cancellationToken)
    {
        if (Access.ToReadRecordsOf(caller, agentId) is { } forbidden)
        {
            return forbidden;
        }

        var enrolments = await db.EnrolmentsOfAsync(agentId, cancellationToken);
        return TypedResults.Ok(enrolments.Select(EnrolmentResponse.From).ToList());
    }

    private static async Task<Results<Ok<EnrolmentProgressResponse>, ProblemHttpResult>> ProgressAsync(
        Guid id, ClaimsPrincipal caller, TrainingDbContext db, CancellationToken cancellationToken)
    {
        var found = await (from enrolment in db.Enrolments.AsNoTracking()
                           join path in db.LearningPaths.AsNoTracking() on enrolment.LearningPathId equals path.Id
                           where enrolment.Id == id
                           select new { Row = new AgentEnrolment(enrolment, path.Name), path.Kind })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return Problems.NotFound("Enrolment", id);
        }

        var row = found.Row;

        if (Access.ToReadRecordsOf(caller, row.Enrolment.AgentId) is { } forbidden)
        {
            return forbidden;
        }

        var courses = await (from entry in db.LearningPathCourses.AsNoTracking()
                             join course in db.Courses.AsNoTracking() on entry.CourseId equals course.Id
                             where entry.LearningPathId == row.Enrolment.LearningPathId
                             orderby entry.Position
                             select new { entry.Position, course.Id, course.Title })
            .ToListAsync(cancellationToken);
        var courseIds = courses.Select(course => course.Id).ToList();
        var completions = (await db.CourseCompletions.AsNoTracking()
                .Where(completion => completion.AgentId == row.Enrolment.AgentId && courseIds.Contains(completion.CourseId))
                .ToListAsync(cancellationToken))
            .Where(completion => row.Enrolment.Counts(found.Kind, completion.CompletedAt))
            .GroupBy(completion => completion.CourseId)
            .ToDictionary(group => group.Key, group => group.OrderByDescending(completion => completion.CompletedAt).First());
        var progress = courses.Select(course => completions.TryGetValue(course.Id, out var completion)
                ? new ProgressCourse(course.Position, course.Id, course.Title, true, completion.CourseVersion, completion.CompletedAt)
                : new ProgressCourse(course.Position, course.Id, course.Title, false, null, null))
            .ToList();
        return TypedResults.Ok(new EnrolmentProgressResponse(
            EnrolmentResponse.From(row), progress.Count(course => course.Completed), progress.Count, progress));
    }
}
