using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.Complaints.Data;
using Suite.Complaints.Domain;
using Suite.Complaints.Intake;
using Suite.Contracts;
using Suite.Contracts.Events;
using Suite.ServiceDefaults.Auth;
using Suite.ServiceDefaults.Paging;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.Complaints.Api;

public static class ComplaintEndpoints
{
    public static RouteGroupBuilder MapComplaintEndpoints(this RouteGroupBuilder group)
    {
        var complaints = group.MapGroup("/complaints").WithTags("Complaints");

        complaints.MapPost("/", FileAsync).WithName("FileComplaint")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.ManagementAndIntegrators))
            .WithSummary("File a complaint")
            .WithDescription(
                "Records a complaint from any channel. A named agent must exist in the caller's tenant (asked of Scheduling); " +
                "instead of the agent, servedAt (when the customer was served) finds who was on duty in the store through Scheduling: " +
                "the one agent is assigned, several are left as agentCandidates (and in the audit trail) with no agent, none leaves it " +
                "unassigned; Scheduling unavailable is a 503 and nothing is written. " +
                "severity defaults from the category when not given. Declared major reasons (safety, legal, media, vip) and a " +
                "repeat complainant (two earlier complaints on the platform within 90 days) make it major and P1. Tells the other " +
                "services (ComplaintFiled): Quality puts it on the agent's appraisal ledger.");
        complaints.MapGet("/", ListAsync).WithName("ListComplaints")
            .WithSummary("List complaints")
            .WithDescription(
                "Newest first, a page at a time; filtered by agentId, storeCode, from and to (filing time), severity (p1 to p4), status (new, acknowledged, investigating, " +
                "awaiting-customer, awaiting-department, resolved, closed, reopened) or category (product-quality, logistics, " +
                "service-attitude, pricing-or-listing-error, bad-review, refund-or-compensation, other). Each carries its SLA clocks.");
        complaints.MapGet("/{id:guid}", GetAsync).WithName("GetComplaint")
            .WithSummary("One complaint")
            .WithDescription("With its SLA clocks as of now and its version, also sent as the ETag, for the next change's expectedVersion or If-Match.");
        complaints.MapGet("/{id:guid}/audit", AuditAsync).WithName("GetComplaintAudit")
            .WithSummary("A complaint's audit trail")
            .WithDescription("Every change in the order it was made: who, when, what, and the value before and after.");
        complaints.MapPost("/{id:guid}/transitions", MoveAsync).WithName("MoveComplaint")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Move a complaint along the workflow")
            .WithDescription(
                "From the version the caller read (expectedVersion or If-Match): a complaint changed since is a 409, so of two " +
                "people changing it at once one wins. A move the workflow does not allow is a 409 naming from and to. Resolving " +
                "goes through the resolution, which records the outcome.");
        complaints.MapPost("/{id:guid}/severity", OverrideSeverityAsync).WithName("OverrideComplaintSeverity")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Override a complaint's severity")
            .WithDescription("Sets severity and major by hand, with a reason kept on the complaint and in the audit trail. The SLA follows the new priority.");
        complaints.MapPost("/{id:guid}/resolution", ResolveAsync).WithName("ResolveComplaint")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Resolve a complaint")
            .WithDescription(
                "Records the outcome, the root cause and whether it is upheld against the agent, and tells the other services " +
                "(ComplaintResolved): Quality deducts and Training assigns coaching for upheld complaints.");
        return group;
    }

    private static async Task<Results<Created<ComplaintResponse>, ValidationProblem, ProblemHttpResult>> FileAsync(
        FileComplaintRequest request, ComplaintIntake intake, ComplaintsDbContext db, ClaimsPrincipal user,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Actor.Of(user) is not { } filedBy)
        {
            return ComplaintProblems.NoSubject("Filing a complaint");
        }

        var (complaint, errors) = await intake.FileAsync(request.ToNewComplaint(), filedBy, cancellationToken);
        if (complaint is null)
        {
            return TypedResults.ValidationProblem(errors, title: errors.ContainsKey("agentId") && errors.Count == 1
                ? "The complaint names an agent this tenant does not have."
                : "The complaint's details are not valid.");
        }

        return TypedResults.Created($"/api/complaints/complaints/{complaint.Id}", await RespondAsync(db, complaint, clock.GetUtcNow(), cancellationToken));
    }

    private static async Task<Results<Ok<PagedResponse<ComplaintResponse>>, ValidationProblem>> ListAsync(
        [AsParameters] ComplaintFilter filter, ComplaintsDbContext db, TimeProvider clock, CancellationToken cancellationToken,
        int page = 1, int pageSize = PageRequest.DefaultPageSize)
    {
        var paging = new PageRequest(page, pageSize);
        var errors = new Dictionary<string, string[]>();
        paging.Validate(errors);
        var query = filter.Apply(db.Complaints.AsNoTracking(), errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The list's filters are not valid.");
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderByDescending(complaint => complaint.FiledAt).ThenByDescending(complaint => complaint.Id)
            .Page(paging)
            .ToListAsync(cancellationToken);
        var slas = await ComplaintSlas.ReadAsync(db, items, clock.GetUtcNow(), cancellationToken);
        return TypedResults.Ok(paging.Answer(items.Select(complaint => ComplaintResponse.From(complaint, slas.GetValueOrDefault(complaint.Id))).ToList(), total));
    }

    private static async Task<Results<Ok<ComplaintResponse>, ProblemHttpResult>> GetAsync(
        Guid id, ComplaintsDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.AsNoTracking().FirstOrDefaultAsync(complaint => complaint.Id == id, cancellationToken);
        if (complaint is null)
        {
            return ComplaintProblems.NotFound(id);
        }

        response.Headers.ETag = Versions.ETag(complaint.Version);
        return TypedResults.Ok(await RespondAsync(db, complaint, clock.GetUtcNow(), cancellationToken));
    }

    private static async Task<Results<Ok<IReadOnlyList<AuditEntryResponse>>, ProblemHttpResult>> AuditAsync(
        Guid id, ComplaintsDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Complaints.AnyAsync(complaint => complaint.Id == id, cancellationToken))
        {
            return ComplaintProblems.NotFound(id);
        }

        var entries = await db.AuditEntries.AsNoTracking()
            .Where(entry => entry.ComplaintId == id)
            .OrderBy(entry => entry.Sequence)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<AuditEntryResponse>>(entries.Select(AuditEntryResponse.Of).ToList());
    }

    private static async Task<Results<Ok<ComplaintResponse>, ValidationProblem, ProblemHttpResult>> MoveAsync(
        Guid id, TransitionRequest request, ComplaintsDbContext db, ClaimsPrincipal user, HttpContext http,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var expected = Versions.Expected(request.ExpectedVersion, http.Request);
        var errors = ChangeRules.ValidateMove(request.To, expected, request.Note);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The move is not valid.");
        }

        return await ChangeAsync(id, expected, db, user, http, clock, "Moving a complaint", cancellationToken, (complaint, by, now) =>
            ComplaintWorkflow.CanMove(complaint.Status, request.To)
                ? (ChangeOutcome)new[] { complaint.MoveTo(request.To, by, request.Note, now) }
                : ComplaintProblems.IllegalMove(complaint.Status, request.To));
    }

    private static async Task<Results<Ok<ComplaintResponse>, ValidationProblem, ProblemHttpResult>> OverrideSeverityAsync(
        Guid id, SeverityOverrideRequest request, ComplaintsDbContext db, ClaimsPrincipal user, HttpContext http,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var expected = Versions.Expected(request.ExpectedVersion, http.Request);
        var errors = ChangeRules.ValidateSeverity(request.Severity, expected, request.Reason);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The severity override is not valid.");
        }

        return await ChangeAsync(id, expected, db, user, http, clock, "Overriding severity", cancellationToken, (complaint, by, now) =>
            new[] { complaint.OverrideSeverity(request.Severity, request.Major, request.Reason!, by, now) });
    }

    private static async Task<Results<Ok<ComplaintResponse>, ValidationProblem, ProblemHttpResult>> ResolveAsync(
        Guid id, ResolveRequest request, ComplaintsDbContext db, ClaimsPrincipal user, HttpContext http,
        ITenantContext tenant, TimeProvider clock, CancellationToken cancellationToken)
    {
        var expected = Versions.Expected(request.ExpectedVersion, http.Request);
        var details = new ResolutionDetails(request.Outcome, request.RootCause, request.UpheldAgainstAgent, request.Note);
        return await ChangeAsync(id, expected, db, user, http, clock, "Resolving a complaint", cancellationToken, (complaint, by, now) =>
        {
            var errors = ChangeRules.ValidateResolution(details, expected, complaint.AgentId);
            if (errors.Count > 0)
            {
                return TypedResults.ValidationProblem(errors, title: "The resolution is not valid.");
            }

            if (!ComplaintWorkflow.CanMove(complaint.Status, ComplaintStatus.Resolved))
            {
                return ComplaintProblems.IllegalMove(complaint.Status, ComplaintStatus.Resolved);
            }

            var entries = complaint.Resolve(details, by, now);
            db.AddEvent(new ComplaintResolved(
                Guid.CreateVersion7(now), tenant.TenantId, now, complaint.Id, complaint.AgentId,
                WireNames.Of(complaint.Category), WireNames.Of(details.RootCause), details.UpheldAgainstAgent));
            return new ChangeOutcome(entries);
        });
    }

    /// <summary>
    /// The shape every change shares: find the complaint, check it is still at the version the caller
    /// read, apply the change and its audit entries, and save them together. A writer that slips in
    /// between the check and the save is caught by the concurrency token, as a 409.
    /// </summary>
    private static async Task<Results<Ok<ComplaintResponse>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        Guid id, Guid expected, ComplaintsDbContext db, ClaimsPrincipal user, HttpContext http, TimeProvider clock,
        string action, CancellationToken cancellationToken, Func<Complaint, string, DateTimeOffset, ChangeOutcome> change)
    {
        if (Actor.Of(user) is not { } by)
        {
            return ComplaintProblems.NoSubject(action);
        }

        var complaint = await db.Complaints.FirstOrDefaultAsync(complaint => complaint.Id == id, cancellationToken);
        if (complaint is null)
        {
            return ComplaintProblems.NotFound(id);
        }

        if (expected != Guid.Empty && complaint.Version != expected)
        {
            return ComplaintProblems.Stale(complaint, expected);
        }

        var now = clock.GetUtcNow();
        var outcome = change(complaint, by, now);
        if (outcome.Refusal is { } refusal)
        {
            return refusal;
        }

        db.AuditEntries.AddRange(outcome.Entries);
        await db.SaveChangesAsync(cancellationToken);
        http.Response.Headers.ETag = Versions.ETag(complaint.Version);
        return TypedResults.Ok(await RespondAsync(db, complaint, now, cancellationToken));
    }

    private static async Task<ComplaintResponse> RespondAsync(ComplaintsDbContext db, Complaint complaint, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var slas = await ComplaintSlas.ReadAsync(db, [complaint], now, cancellationToken);
        return ComplaintResponse.From(complaint, slas.GetValueOrDefault(complaint.Id));
    }

    /// <summary>Either the audit entries of an applied change or the answer refusing it.</summary>
    private sealed class ChangeOutcome
    {
        public ChangeOutcome(IReadOnlyList<ComplaintAuditEntry> entries) => Entries = entries;

        private ChangeOutcome(Results<Ok<ComplaintResponse>, ValidationProblem, ProblemHttpResult> refusal) => Refusal = refusal;

        public IReadOnlyList<ComplaintAuditEntry> Entries { get; } = [];

        public Results<Ok<ComplaintResponse>, ValidationProblem, ProblemHttpResult>? Refusal { get; }

        public static implicit operator ChangeOutcome(ComplaintAuditEntry[] entries) => new(entries);

        public static implicit operator ChangeOutcome(ProblemHttpResult problem) => new(problem);

        public static implicit operator ChangeOutcome(ValidationProblem problem) => new(problem);
    }
}
