using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.Complaints.Clocks;
using Suite.Complaints.Data;
using Suite.Complaints.Domain;
using Suite.Complaints.Domain.Routing;
using Suite.Contracts;
using Suite.ServiceDefaults.Auth;
using Suite.ServiceDefaults.Paging;

namespace Suite.Complaints.Api;

/// <summary>Department routing: which department answers what, and the hand-offs to them with their own clocks.</summary>
public static class RoutingEndpoints
{
    public static RouteGroupBuilder MapRoutingEndpoints(this RouteGroupBuilder group)
    {
        var rules = group.MapGroup("/routing-rules").WithTags("Department routing");
        rules.MapGet("/", ListRulesAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithName("ListRoutingRules")
            .WithSummary("Which department answers each topic")
            .WithDescription("Every topic (product-problem, pricing-or-listing-error, visual-material, other) with its department and answer time: the tenant's own rule or the default (product, operations, design, operations).");
        rules.MapPut("/{topic}", PutRuleAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithName("SetRoutingRule")
            .WithSummary("DepartmentRoute a topic to a department")
            .WithDescription("Replaces the default for the topic. Answer time is minutes of the store's open time. Applies to hand-offs made from now on.");
        rules.MapDelete("/{topic}", DeleteRuleAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithName("ResetRoutingRule")
            .WithSummary("DepartmentRoute a topic by the default again");

        var complaintHandOffs = group.MapGroup("/complaints/{id:guid}/hand-offs").WithTags("Department routing");
        complaintHandOffs.MapGet("/", ListForComplaintAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithName("ListComplaintHandOffs")
            .WithSummary("A complaint's hand-offs to other departments");
        complaintHandOffs.MapPost("/", HandOffAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithName("HandOffComplaint")
            .WithSummary("Hand a question to another department")
            .WithDescription(
                "Routed by topic (by default from the category: product-quality to product, pricing-or-listing-error to operations; " +
                "visual-material to design when named), due after the route's answer time on the store's hours. The complaint moves to " +
                "awaiting-department, which pauses its resolution clock, until every hand-off is answered. From the version read " +
                "(expectedVersion or If-Match); a move the workflow does not allow or a stale version is a 409.");

        var handOffs = group.MapGroup("/hand-offs").WithTags("Department routing");
        handOffs.MapGet("/", QueueAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.ManagementAndIntegrators))
            .WithName("ListHandOffs")
            .WithSummary("A department's queue")
            .WithDescription("Hand-offs soonest due first, filtered by department and open (true for unanswered only), a page at a time.");
        handOffs.MapPost("/{handOffId:guid}/answer", AnswerAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.ManagementAndIntegrators))
            .WithName("AnswerHandOff")
            .WithSummary("A department answers a hand-off")
            .WithDescription("The last open hand-off answered sends the complaint back to investigating, so its resolution clock runs again. Answering twice is a 409.");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<DepartmentRoute>>> ListRulesAsync(ComplaintsDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(RoutingRules.Effective(await db.RoutingRules.AsNoTracking().ToListAsync(cancellationToken)));

    private static async Task<Results<Ok<DepartmentRoute>, ValidationProblem>> PutRuleAsync(
        string topic, RoutingRuleRequest request, ComplaintsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = RoutingRules.ValidateRule(request.Department, request.AnswerWithinMinutes);
        if (!WireNames.TryParse<HandOffTopic>(topic, out var parsed))
        {
            errors["topic"] = [$"Topic must be one of {string.Join(", ", WireNames.All<HandOffTopic>())}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The routing rule is not valid.");
        }

        var rule = await db.RoutingRules.FirstOrDefaultAsync(rule => rule.Topic == parsed, cancellationToken);
        if (rule is null)
        {
            rule = RoutingRule.Create(parsed, request.Department!, request.AnswerWithinMinutes, clock.GetUtcNow());
            db.RoutingRules.Add(rule);
        }
        else
        {
            rule.Change(request.Department!, request.AnswerWithinMinutes);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new DepartmentRoute(rule.Topic, rule.Department, rule.AnswerWithinMinutes, IsDefault: false));
    }

    private static async Task<Results<NoContent, ValidationProblem>> DeleteRuleAsync(string topic, ComplaintsDbContext db, CancellationToken cancellationToken)
    {
        if (!WireNames.TryParse<HandOffTopic>(topic, out var parsed))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["topic"] = [$"Topic must be one of {string.Join(", ", WireNames.All<HandOffTopic>())}."] });
        }

        await db.RoutingRules.Where(rule => rule.Topic == parsed).ExecuteDeleteAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<IReadOnlyList<HandOffResponse>>, ProblemHttpResult>> ListForComplaintAsync(
        Guid id, ComplaintsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await db.Complaints.AnyAsync(complaint => complaint.Id == id, cancellationToken))
        {
            return ComplaintProblems.NotFound(id);
        }

        var now = clock.GetUtcNow();
        var handOffs = await db.HandOffs.AsNoTracking().Where(handOff => handOff.ComplaintId == id)
            .OrderBy(handOff => handOff.RequestedAt).ThenBy(handOff => handOff.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<HandOffResponse>>(handOffs.Select(handOff => HandOffResponse.From(handOff, now)).ToList());
    }

    private static async Task<Results<Created<HandOffResponse>, ValidationProblem, ProblemHttpResult>> HandOffAsync(
        Guid id, HandOffRequest request, ComplaintsDbContext db, ClaimsPrincipal user, HttpContext http, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (Actor.Of(user) is not { } by)
        {
            return ComplaintProblems.NoSubject("Handing off a complaint");
        }

        var complaint = await db.Complaints.FirstOrDefaultAsync(complaint => complaint.Id == id, cancellationToken);
        if (complaint is null)
        {
            return ComplaintProblems.NotFound(id);
        }

        var expected = Versions.Expected(request.ExpectedVersion, http.Request);
        var errors = RoutingRules.ValidateHandOff(request.Topic, complaint.Category, request.Question, expected);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The hand-off is not valid.");
        }

        if (complaint.Version != expected)
        {
            return ComplaintProblems.Stale(complaint, expected);
        }

        if (complaint.Status != ComplaintStatus.AwaitingDepartment && !ComplaintWorkflow.CanMove(complaint.Status, ComplaintStatus.AwaitingDepartment))
        {
            return ComplaintProblems.IllegalMove(complaint.Status, ComplaintStatus.AwaitingDepartment);
        }

        var topic = request.Topic ?? RoutingRules.TopicOf(complaint.Category)!.Value;
        var route = RoutingRules.Effective(await db.RoutingRules.AsNoTracking().ToListAsync(cancellationToken)).Single(route => route.Topic == topic);
        var clocks = await ComplaintClocks.LoadAsync(db, [complaint.StoreCode], cancellationToken);
        var now = clock.GetUtcNow();
        var handOff = HandOff.Request(
            complaint.Id, route, request.Question!, clocks.ClockOf(complaint.StoreCode).Add(now, TimeSpan.FromMinutes(route.AnswerWithinMinutes)), by, now);
        db.HandOffs.Add(handOff);
        db.AuditEntries.AddRange(complaint.HandOffRequested(handOff, by, now));
        await db.SaveChangesAsync(cancellationToken);
        http.Response.Headers.ETag = Versions.ETag(complaint.Version);
        return TypedResults.Created($"/api/complaints/complaints/{id}/hand-offs", HandOffResponse.From(handOff, now));
    }

    private static async Task<Results<Ok<PagedResponse<HandOffResponse>>, ValidationProblem>> QueueAsync(
        ComplaintsDbContext db, TimeProvider clock, CancellationToken cancellationToken,
        string? department = null, bool? open = null, int page = 1, int pageSize = PageRequest.DefaultPageSize)
    {
        var paging = new PageRequest(page, pageSize);
        var errors = new Dictionary<string, string[]>();
        paging.Validate(errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The queue's filters are not valid.");
        }

        var query = db.HandOffs.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(department))
        {
            var name = RoutingRules.NormaliseDepartment(department);
            query = query.Where(handOff => handOff.Department == name);
        }

        if (open is { } wantOpen)
        {
            query = wantOpen ? query.Where(handOff => handOff.AnsweredAt == null) : query.Where(handOff => handOff.AnsweredAt != null);
        }

        var now = clock.GetUtcNow();
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(handOff => handOff.DueAt).ThenBy(handOff => handOff.Id).Page(paging).ToListAsync(cancellationToken);
        return TypedResults.Ok(paging.Answer(items.Select(handOff => HandOffResponse.From(handOff, now)).ToList(), total));
    }

    private static async Task<Results<Ok<HandOffResponse>, ValidationProblem, ProblemHttpResult>> AnswerAsync(
        Guid handOffId, HandOffAnswerRequest request, ComplaintsDbContext db, ClaimsPrincipal user, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (Actor.Of(user) is not { } by)
        {
            return ComplaintProblems.NoSubject("Answering a hand-off");
        }

        var errors = RoutingRules.ValidateAnswer(request.Answer);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The answer is not valid.");
        }

        var handOff = await db.HandOffs.FirstOrDefaultAsync(handOff => handOff.Id == handOffId, cancellationToken);
        if (handOff is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Hand-off not found.", detail: $"No hand-off has id {handOffId}.");
        }

        if (!handOff.IsOpen)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The hand-off has already been answered.",
                detail: $"{handOff.Department} answered it at {handOff.AnsweredAt:O}.");
        }

        var now = clock.GetUtcNow();
        handOff.Answered(request.Answer!, by, now);
        var complaint = await db.Complaints.FirstAsync(complaint => complaint.Id == handOff.ComplaintId, cancellationToken);
        var othersOpen = await db.HandOffs.AnyAsync(
            other => other.ComplaintId == handOff.ComplaintId && other.Id != handOff.Id && other.AnsweredAt == null, cancellationToken);
        db.AuditEntries.AddRange(complaint.HandOffAnswered(handOff, othersOpen, by, now));
        // Two answers at once both change the complaint: its concurrency token lets one through and makes the other a 409.
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(HandOffResponse.From(handOff, now));
    }
}
