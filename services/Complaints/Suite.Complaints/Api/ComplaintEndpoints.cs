using Suite.Contracts;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.Complaints.Agents;
using Suite.Complaints.Data;
using Suite.Complaints.Domain;
using Suite.Contracts.Events;
using Suite.ServiceDefaults.Auth;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.Complaints.Api;

public static class ComplaintEndpoints
{
    public const int MaxPageSize = 200;

    public static RouteGroupBuilder MapComplaintEndpoints(this RouteGroupBuilder group)
    {
        var complaints = group.MapGroup("/complaints").WithTags("Complaints");

        complaints.MapPost("/", FileAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.ManagementAndIntegrators))
            .WithSummary("File a complaint")
            .WithDescription(
                "Records a complaint from any channel. A named agent must exist in the caller's tenant (asked of Scheduling); " +
                "severity defaults from the category when not given. Tells the other services (ComplaintFiled): " +
                "Quality puts it on the agent's appraisal ledger.");
        complaints.MapGet("/", ListAsync)
            .WithSummary("List complaints")
            .WithDescription(
                "Newest first, a page at a time; filtered by agentId, status (new, acknowledged, investigating, " +
                "awaiting-customer, awaiting-department, resolved, closed, reopened) or category (product-quality, logistics, " +
                "service-attitude, pricing-or-listing-error, bad-review, refund-or-compensation, other).");
        complaints.MapGet("/{id:guid}", GetAsync).WithSummary("One complaint");
        return group;
    }

    private static async Task<Results<Created<ComplaintResponse>, ValidationProblem, ProblemHttpResult>> FileAsync(
        FileComplaintRequest request, ComplaintsDbContext db, IAgentDirectory agents, ITenantContext tenant,
        ClaimsPrincipal user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var filedBy = user.FindFirst(SuiteClaims.Subject)?.Value;
        if (string.IsNullOrWhiteSpace(filedBy) || filedBy.Length > ComplaintRules.MaxFiledByLength)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "The token names no usable subject.",
                detail: $"Filing a complaint records who filed it: the token's '{SuiteClaims.Subject}' claim must be 1 to {ComplaintRules.MaxFiledByLength} characters.");
        }

        var details = request.ToNewComplaint();
        var errors = ComplaintRules.Validate(details);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The complaint's details are not valid.");
        }

        // Asked before anything is staged: when Scheduling cannot answer, the RpcException becomes a
        // 503 and nothing has been written.
        if (details.AgentId is { } agentId && !await agents.ExistsAsync(agentId, cancellationToken))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["agentId"] = [$"No agent with id {agentId} exists in this tenant."] },
                title: "The complaint names an agent this tenant does not have.");
        }

        var now = clock.GetUtcNow();
        var complaint = Complaint.File(details, filedBy, now);
        db.Complaints.Add(complaint);
        db.AddEvent(new ComplaintFiled(
            Guid.CreateVersion7(now), tenant.TenantId, now, complaint.Id, complaint.AgentId,
            WireNames.Of(complaint.Category), WireNames.Of(complaint.Severity), complaint.StoreCode));
        await db.SaveChangesAsync(cancellationToken);

        return TypedResults.Created($"/api/complaints/complaints/{complaint.Id}", ComplaintResponse.From(complaint));
    }

    private static async Task<Results<Ok<PagedResponse<ComplaintResponse>>, ValidationProblem>> ListAsync(
        ComplaintsDbContext db, CancellationToken cancellationToken,
        Guid? agentId = null, string? status = null, string? category = null, int page = 1, int pageSize = 50)
    {
        var errors = new Dictionary<string, string[]>();
        if (page < 1)
        {
            errors["page"] = ["page must be 1 or more."];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize must be between 1 and {MaxPageSize}."];
        }

        // Bound as text: the framework's enum binding knows C# names, not the API's kebab-case ones.
        var wantedStatus = ParseFilter<ComplaintStatus>(status, "status", errors);
        var wantedCategory = ParseFilter<ComplaintCategory>(category, "category", errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The list's filters are not valid.");
        }

        var query = db.Complaints.AsNoTracking();
        if (agentId is not null)
        {
            query = query.Where(complaint => complaint.AgentId == agentId);
        }

        if (wantedStatus is not null)
        {
            query = query.Where(complaint => complaint.Status == wantedStatus);
        }

        if (wantedCategory is not null)
        {
            query = query.Where(complaint => complaint.Category == wantedCategory);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderByDescending(complaint => complaint.FiledAt).ThenByDescending(complaint => complaint.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResponse<ComplaintResponse>(items.Select(ComplaintResponse.From).ToList(), page, pageSize, total));
    }

    private static async Task<Results<Ok<ComplaintResponse>, ProblemHttpResult>> GetAsync(
        Guid id, ComplaintsDbContext db, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.AsNoTracking().FirstOrDefaultAsync(complaint => complaint.Id == id, cancellationToken);
        return complaint is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Complaint not found.", detail: $"No complaint has id {id}.")
            : TypedResults.Ok(ComplaintResponse.From(complaint));
    }

    private static TEnum? ParseFilter<TEnum>(string? text, string field, Dictionary<string, string[]> errors)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (WireNames.TryParse<TEnum>(text.Trim(), out var value))
        {
            return value;
        }

        errors[field] = [$"{field} must be one of {string.Join(", ", WireNames.All<TEnum>())}."];
        return null;
    }
}
