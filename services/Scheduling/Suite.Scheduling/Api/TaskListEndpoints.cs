using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.Contracts;
using Suite.Scheduling.Data;
using Suite.Scheduling.Domain;
using Suite.Scheduling.Domain.TaskLists;
using Suite.Scheduling.Domain.TimeOff;
using Suite.ServiceDefaults.Auth;

namespace Suite.Scheduling.Api;

public static class TaskListEndpoints
{
    public static RouteGroupBuilder MapTaskListEndpoints(this RouteGroupBuilder group)
    {
        var lists = group.MapGroup("/task-lists").WithTags("Daily task lists");
        lists.MapPut("/templates/{role}", PutTemplateAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithName("SchedulingPutTaskListTemplate")
            .WithSummary("Write a role's daily task list (日清)")
            .WithDescription(
                "role is pre-sales, after-sales, team-leader or supervisor. Items have a due time (HH:mm in the centre's time zone), a title "
                + "and an optional order among items due at the same time. Replaces the role's template; lists already generated keep theirs.");
        lists.MapGet("/templates", ListTemplatesAsync)
            .RequireAuthorization(policy => policy.RequireRole(TimeOffEndpoints.AgentsAndManagement))
            .WithName("SchedulingListTaskListTemplates")
            .WithSummary("Every role's task list template")
            .WithDescription("By role.");
        lists.MapGet("/agents/{agentId:guid}/days/{day}", GetChecklistAsync)
            .RequireAuthorization(policy => policy.RequireRole(TimeOffEndpoints.AgentsAndManagement))
            .WithName("SchedulingGetChecklist")
            .WithSummary("An agent's task list for a day")
            .WithDescription(
                "Generated from the template of the agent's role (by level for leaders, by skill pre-sales or after-sales otherwise) the first "
                + "time it is read. An agent reads only its own. 404 for an unknown agent or a role without a template; 409 when the agent has no role.");
        lists.MapPost("/agents/{agentId:guid}/days/{day}", GenerateChecklistAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithName("SchedulingGenerateChecklist")
            .WithSummary("Generate an agent's task list for a day")
            .WithDescription("Ahead of the day; 409 when it already exists.");
        lists.MapPut("/agents/{agentId:guid}/days/{day}/items/{itemId:guid}/done", TickAsync)
            .RequireAuthorization(policy => policy.RequireRole(TimeOffEndpoints.AgentsAndManagement))
            .WithName("SchedulingTickChecklistItem")
            .WithSummary("Tick an item as done")
            .WithDescription("Records who and when; an agent ticks only its own items, management anyone's. Ticking again keeps the first tick.");
        lists.MapDelete("/agents/{agentId:guid}/days/{day}/items/{itemId:guid}/done", UntickAsync)
            .RequireAuthorization(policy => policy.RequireRole(TimeOffEndpoints.AgentsAndManagement))
            .WithName("SchedulingUntickChecklistItem")
            .WithSummary("Untick an item")
            .WithDescription("Same rules as ticking.");
        lists.MapGet("/late", LateAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithName("SchedulingLateTasks")
            .WithSummary("What is late in a team's task lists")
            .WithDescription(
                "For team and day: per member, the items past their due time in the centre's time zone and not done, as of at (an instant; "
                + "default now). A member who has not opened the day's list counts with its template's items not done.");
        return group;
    }

    private static async Task<Results<Ok<TaskListTemplateResponse>, Created<TaskListTemplateResponse>, ValidationProblem>> PutTemplateAsync(
        string role, TaskListTemplateRequest request, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!WireNames.TryParse<TaskRole>(role, out var taskRole))
        {
            errors["role"] = [$"role must be one of {string.Join(", ", WireNames.All<TaskRole>())}."];
        }

        var items = new List<TaskTemplateItem?>();
        for (var i = 0; i < (request.Items?.Count ?? 0); i++)
        {
            var given = request.Items![i];
            TimeOnly dueTime = default;
            if (given is not null && !TimeOnly.TryParseExact(given.DueTime?.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out dueTime))
            {
                errors[$"items[{i}].dueTime"] = ["dueTime must be a time of day as HH:mm, e.g. 09:30."];
            }

            items.Add(given is null ? null : new TaskTemplateItem(dueTime, given.Title ?? "", given.Order));
        }

        foreach (var (field, messages) in TaskListRules.ValidateTemplate(request.Name, request.TimeZone, request.Items is null ? null : items))
        {
            errors.TryAdd(field, messages);
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The task list template is not valid.");
        }

        var details = new TemplateDetails(request.Name!, request.TimeZone!, items.Select(item => item!).ToList());
        var now = clock.GetUtcNow();
        var template = await db.TaskListTemplates.FirstOrDefaultAsync(template => template.Role == taskRole, cancellationToken);
        if (template is not null)
        {
            template.Replace(details, now);
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.Ok(TaskListTemplateResponse.From(template));
        }

        template = TaskListTemplate.Create(taskRole, details, now);
        db.TaskListTemplates.Add(template);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/scheduling/task-lists/templates/{role}", TaskListTemplateResponse.From(template));
    }

    private static async Task<Ok<List<TaskListTemplateResponse>>> ListTemplatesAsync(SchedulingDbContext db, CancellationToken cancellationToken)
    {
        var templates = await db.TaskListTemplates.AsNoTracking().OrderBy(template => template.Role).ToListAsync(cancellationToken);
        return TypedResults.Ok(templates.Select(TaskListTemplateResponse.From).ToList());
    }

    private static async Task<Results<Ok<ChecklistResponse>, ValidationProblem, ProblemHttpResult>> GetChecklistAsync(
        Guid agentId, DateOnly day, ClaimsPrincipal user, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (DayErrors(day) is { } dayErrors)
        {
            return TypedResults.ValidationProblem(dayErrors);
        }

        if (!user.IsManagementOrAgent(agentId))
        {
            return TimeOffEndpoints.Forbidden("An agent reads only its own task list.");
        }

        var now = clock.GetUtcNow();
        var existing = await ChecklistAsync(db, agentId, day, cancellationToken);
        if (existing is not null)
        {
            return TypedResults.Ok(ChecklistResponse.From(existing, now));
        }

        var generated = await GenerateAsync(db, agentId, day, now, cancellationToken);
        if (generated.Problem is not null)
        {
            return generated.Problem;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is not DbUpdateConcurrencyException)
        {
            // Two first reads of the same day at once: the other one generated it.
            db.ChangeTracker.Clear();
            var theirs = await ChecklistAsync(db, agentId, day, cancellationToken);
            if (theirs is null)
            {
                throw;
            }

            return TypedResults.Ok(ChecklistResponse.From(theirs, now));
        }

        return TypedResults.Ok(ChecklistResponse.From(generated.Checklist!, now));
    }

    private static async Task<Results<Created<ChecklistResponse>, ValidationProblem, ProblemHttpResult>> GenerateChecklistAsync(
        Guid agentId, DateOnly day, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (DayErrors(day) is { } dayErrors)
        {
            return TypedResults.ValidationProblem(dayErrors);
        }

        var now = clock.GetUtcNow();
        var generated = await GenerateAsync(db, agentId, day, now, cancellationToken);
        if (generated.Problem is not null)
        {
            return generated.Problem;
        }

        if (await db.DailyChecklists.AnyAsync(checklist => checklist.AgentId == agentId && checklist.Day == day, cancellationToken))
        {
            return AlreadyGenerated(day);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is not DbUpdateConcurrencyException)
        {
            return AlreadyGenerated(day);
        }

        return TypedResults.Created($"/api/scheduling/task-lists/agents/{agentId}/days/{day:yyyy-MM-dd}", ChecklistResponse.From(generated.Checklist!, now));
    }

    private static Task<Results<Ok<ChecklistResponse>, ProblemHttpResult>> TickAsync(
        Guid agentId, DateOnly day, Guid itemId, ClaimsPrincipal user, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        MarkAsync(agentId, day, itemId, user, db, clock, done: true, cancellationToken);

    private static Task<Results<Ok<ChecklistResponse>, ProblemHttpResult>> UntickAsync(
        Guid agentId, DateOnly day, Guid itemId, ClaimsPrincipal user, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        MarkAsync(agentId, day, itemId, user, db, clock, done: false, cancellationToken);

    private static async Task<Results<Ok<ChecklistResponse>, ProblemHttpResult>> MarkAsync(
        Guid agentId, DateOnly day, Guid itemId, ClaimsPrincipal user, SchedulingDbContext db, TimeProvider clock, bool done, CancellationToken cancellationToken)
    {
        if (!user.IsManagementOrAgent(agentId))
        {
            return TimeOffEndpoints.Forbidden("An agent ticks only its own task list.");
        }

        var checklist = await db.DailyChecklists.Include(checklist => checklist.Items)
            .FirstOrDefaultAsync(checklist => checklist.AgentId == agentId && checklist.Day == day, cancellationToken);
        var item = checklist?.Items.FirstOrDefault(item => item.Id == itemId);
        if (item is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound, title: "Task not found.",
                detail: $"The task list of agent {agentId} for {day:yyyy-MM-dd} has no item {itemId}.");
        }

        var now = clock.GetUtcNow();
        if (done)
        {
            item.Tick(TimeOffEndpoints.Subject(user), now);
        }
        else
        {
            item.Untick();
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ChecklistResponse.From(checklist!, now));
    }

    private static async Task<Results<Ok<TeamLateResponse>, ValidationProblem, ProblemHttpResult>> LateAsync(
        SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken, string? team = null, DateOnly? day = null, DateTimeOffset? at = null)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(team))
        {
            errors["team"] = ["team is required: the team's name."];
        }

        if (day is null)
        {
            errors["day"] = ["day is required (yyyy-MM-dd)."];
        }
        else if (DayErrors(day.Value) is { } dayErrors)
        {
            errors["day"] = dayErrors["day"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var teamName = team!.Trim();
        if (!await db.Teams.AnyAsync(existing => existing.Name == teamName, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Team not found.", detail: $"No team is named '{teamName}'.");
        }

        var now = at ?? clock.GetUtcNow();
        var members = await db.Agents.AsNoTracking().Where(agent => agent.Team == teamName).OrderBy(agent => agent.EmployeeNumber).ToListAsync(cancellationToken);
        var memberIds = members.Select(agent => agent.Id).ToList();
        var checklists = await db.DailyChecklists.AsNoTracking().Include(checklist => checklist.Items)
            .Where(checklist => checklist.Day == day && memberIds.Contains(checklist.AgentId))
            .ToDictionaryAsync(checklist => checklist.AgentId, cancellationToken);
        var templates = await db.TaskListTemplates.AsNoTracking().ToDictionaryAsync(template => template.Role, cancellationToken);

        var agents = new List<LateAgentResponse>();
        foreach (var agent in members)
        {
            if (checklists.TryGetValue(agent.Id, out var checklist))
            {
                var zone = TimeZoneInfo.FindSystemTimeZoneById(checklist.TimeZone);
                var late = checklist.Items.OrderBy(item => item.Position).Where(item => item.IsLate(checklist.Day, zone, now))
                    .Select(item => Late(item.Id, item.DueTime, item.DueAt(checklist.Day, zone), item.Title, now)).ToList();
                agents.Add(new LateAgentResponse(agent.Id, agent.DisplayName, checklist.Role, true, checklist.Items.Count,
                    checklist.Items.Count(item => item.IsDone), late));
                continue;
            }

            var role = TaskListRules.RoleOf(agent);
            if (role is not { } known || !templates.TryGetValue(known, out var template))
            {
                agents.Add(new LateAgentResponse(agent.Id, agent.DisplayName, role, false, 0, 0, []));
                continue;
            }

            var templateZone = TimeZoneInfo.FindSystemTimeZoneById(template.TimeZone);
            var overdue = template.Items
                .Select(item => (Item: item, DueAt: Domain.Rostering.LocalClock.ToUtc(day!.Value.ToDateTime(item.DueTime), templateZone)))
                .Where(pair => now > pair.DueAt)
                .Select(pair => Late(null, pair.Item.DueTime, pair.DueAt, pair.Item.Title, now))
                .ToList();
            agents.Add(new LateAgentResponse(agent.Id, agent.DisplayName, known, false, template.Items.Count, 0, overdue));
        }

        return TypedResults.Ok(new TeamLateResponse(teamName, day!.Value, now, agents.Sum(agent => agent.Late.Count), agents));
    }

    private static LateItemResponse Late(Guid? itemId, TimeOnly dueTime, DateTimeOffset dueAt, string title, DateTimeOffset now) =>
        new(itemId, dueTime.ToString("HH:mm"), dueAt, title, (int)Math.Min(int.MaxValue, Math.Floor((now - dueAt).TotalMinutes)));

    /// <summary>A new (unsaved) list of the agent's role for the day, or the problem that prevents one.</summary>
    private static async Task<(DailyChecklist? Checklist, ProblemHttpResult? Problem)> GenerateAsync(
        SchedulingDbContext db, Guid agentId, DateOnly day, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var agent = await db.Agents.AsNoTracking().FirstOrDefaultAsync(agent => agent.Id == agentId, cancellationToken);
        if (agent is null)
        {
            return (null, AgentEndpoints.AgentNotFound(agentId));
        }

        if (TaskListRules.RoleOf(agent) is not { } role)
        {
            return (null, TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict, title: "The agent has no task-list role.",
                detail: $"{agent.DisplayName} is neither a leader nor has the skill pre-sales or after-sales; give the agent one of them first."));
        }

        var template = await db.TaskListTemplates.AsNoTracking().FirstOrDefaultAsync(template => template.Role == role, cancellationToken);
        if (template is null)
        {
            return (null, TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound, title: "No task list template for the role.",
                detail: $"There is no {WireNames.Of(role)} task list template yet; write it with PUT /api/scheduling/task-lists/templates/{WireNames.Of(role)}."));
        }

        var checklist = DailyChecklist.Generate(agentId, day, template, now);
        db.DailyChecklists.Add(checklist);
        return (checklist, null);
    }

    private static Task<DailyChecklist?> ChecklistAsync(SchedulingDbContext db, Guid agentId, DateOnly day, CancellationToken cancellationToken) =>
        db.DailyChecklists.AsNoTracking().Include(checklist => checklist.Items)
            .FirstOrDefaultAsync(checklist => checklist.AgentId == agentId && checklist.Day == day, cancellationToken);

    private static Dictionary<string, string[]>? DayErrors(DateOnly day) =>
        TimeOffRules.IsPlannableDay(day)
            ? null
            : new Dictionary<string, string[]>
            {
                ["day"] = [$"day must be between {TimeOffRules.EarliestDay:yyyy-MM-dd} and {TimeOffRules.LatestDay:yyyy-MM-dd}."],
            };

    private static ProblemHttpResult AlreadyGenerated(DateOnly day) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict, title: "The task list already exists.", detail: $"The agent's list for {day:yyyy-MM-dd} was generated before.");
}
