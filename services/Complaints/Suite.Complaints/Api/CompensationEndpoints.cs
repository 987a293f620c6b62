using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Suite.Complaints.Data;
using Suite.Complaints.Domain;
using Suite.Complaints.Domain.Compensation;
using Suite.Contracts;
using Suite.ServiceDefaults.Auth;

namespace Suite.Complaints.Api;

/// <summary>Compensation claims on complaints, and the tenant's approval limits per role.</summary>
public static class CompensationEndpoints
{
    public static RouteGroupBuilder MapCompensationEndpoints(this RouteGroupBuilder group)
    {
        var claims = group.MapGroup("/complaints/{id:guid}/compensations").WithTags("Compensation");
        claims.MapGet("/", ListAsync).WithName("ListCompensationClaims")
            .WithSummary("A complaint's compensation claims")
            .WithDescription("Oldest first, with totals per currency and status.");
        claims.MapPost("/", ProposeAsync).WithName("ProposeCompensation")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Propose compensation")
            .WithDescription(
                "A decimal amount in an ISO 4217 currency, with no more decimal places than the currency has. A claim above the " +
                "major threshold for its currency makes the complaint major and P1 unless its severity was set by hand. Audited on the complaint.");
        claims.MapPost("/{claimId:guid}/decision", DecideAsync).WithName("DecideCompensation")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Approve or reject a proposed claim")
            .WithDescription(
                "Approval needs an approval limit of one of the caller's roles in the claim's currency at least as high as the amount (403 otherwise). " +
                "A rejection needs a reason. A claim already decided is a 409.");
        claims.MapPost("/{claimId:guid}/payment", PayAsync).WithName("PayCompensation")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.ManagementAndIntegrators))
            .WithSummary("Record that an approved claim was paid")
            .WithDescription("By a person or the payment system, with the payment's reference. Only an approved claim can be paid (409 otherwise).");

        var limits = group.MapGroup("/approval-limits").WithTags("Compensation");
        limits.MapGet("/", ListLimitsAsync).WithName("ListApprovalLimits")
            .WithSummary("The tenant's approval limits per role and currency")
            .WithDescription("Every limit the tenant has set; a role without one in a currency cannot approve claims in it.");
        limits.MapPut("/{role}/{currency}", PutLimitAsync).WithName("SetApprovalLimit")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Manager, SuiteRoles.Admin))
            .WithSummary("Set a role's approval limit in a currency")
            .WithDescription("Set by managers and administrators. A role without a limit in a currency cannot approve claims in it.");
        limits.MapDelete("/{role}/{currency}", DeleteLimitAsync).WithName("DeleteApprovalLimit")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Manager, SuiteRoles.Admin))
            .WithSummary("Remove a role's approval limit in a currency")
            .WithDescription("The role can no longer approve claims in that currency.");
        return group;
    }

    private static async Task<Results<Ok<CompensationListResponse>, ProblemHttpResult>> ListAsync(
        Guid id, ComplaintsDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Complaints.AnyAsync(complaint => complaint.Id == id, cancellationToken))
        {
            return ComplaintProblems.NotFound(id);
        }

        var claims = await db.CompensationClaims.AsNoTracking()
            .Where(claim => claim.ComplaintId == id)
            .OrderBy(claim => claim.ProposedAt).ThenBy(claim => claim.Id)
            .ToListAsync(cancellationToken);
        // Summed here, not in SQL: SQLite keeps decimals as text and cannot add them exactly.
        var totals = claims.GroupBy(claim => (claim.Currency, claim.Status))
            .OrderBy(group => group.Key.Currency).ThenBy(group => group.Key.Status)
            .Select(group => new CompensationTotal(group.Key.Currency, group.Key.Status, group.Sum(claim => claim.Amount)))
            .ToList();
        return TypedResults.Ok(new CompensationListResponse(claims.Select(CompensationResponse.From).ToList(), totals));
    }

    private static async Task<Results<Created<CompensationResponse>, ValidationProblem, ProblemHttpResult>> ProposeAsync(
        Guid id, ProposeCompensationRequest request, ComplaintsDbContext db, ClaimsPrincipal user, IOptions<CompensationOptions> options,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Actor.Of(user) is not { } by)
        {
            return ComplaintProblems.NoSubject("Proposing compensation");
        }

        var errors = CompensationRules.ValidateProposal(request.Amount, request.Currency, request.Reason);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The compensation claim is not valid.");
        }

        var complaint = await db.Complaints.FirstOrDefaultAsync(complaint => complaint.Id == id, cancellationToken);
        if (complaint is null)
        {
            return ComplaintProblems.NotFound(id);
        }

        if (complaint.Status == ComplaintStatus.Closed)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict, title: "The complaint is closed.",
                detail: "Compensation is proposed on an open or resolved complaint; reopen it first.");
        }

        var now = clock.GetUtcNow();
        var claim = CompensationClaim.Propose(complaint.Id, request.Amount, request.Currency!, request.Reason!, by, now);
        db.CompensationClaims.Add(claim);
        db.AuditEntries.AddRange(complaint.RecordCompensation(
            AuditAction.CompensationProposed, by, now, null, Describe(claim), claim.Reason,
            options.Value.IsOverMajorThreshold(claim.Amount, claim.Currency)));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/complaints/complaints/{id}/compensations/{claim.Id}", CompensationResponse.From(claim));
    }

    private static async Task<Results<Ok<CompensationResponse>, ValidationProblem, ProblemHttpResult>> DecideAsync(
        Guid id, Guid claimId, CompensationDecisionRequest request, ComplaintsDbContext db, ClaimsPrincipal user,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Actor.Of(user) is not { } by)
        {
            return ComplaintProblems.NoSubject("Deciding on compensation");
        }

        var errors = CompensationRules.ValidateDecision(request.Approve, request.Reason);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The decision is not valid.");
        }

        var (complaint, claim) = await LoadAsync(db, id, claimId, cancellationToken);
        if (complaint is null || claim is null)
        {
            return ClaimNotFound(id, claimId);
        }

        if (claim.Status != CompensationStatus.Proposed)
        {
            return WrongStatus(claim, "decided", "proposed");
        }

        if (request.Approve)
        {
            var limits = await db.ApprovalLimits.AsNoTracking().Where(limit => limit.Currency == claim.Currency).ToListAsync(cancellationToken);
            var roles = user.FindAll(SuiteClaims.Role).Select(role => role.Value);
            if (ApprovalLimit.For(limits, roles, claim.Currency) is not { } limit || claim.Amount > limit)
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status403Forbidden, title: "The claim is above your approval limit.",
                    detail: $"Approving {Amount(claim)} needs a limit of at least that in {claim.Currency}; "
                            + (ApprovalLimit.For(limits, roles, claim.Currency) is { } held ? $"your roles allow up to {held.ToString(CultureInfo.InvariantCulture)}." : "your roles have none."));
            }
        }

        var now = clock.GetUtcNow();
        var before = WireNames.Of(claim.Status);
        claim.Decide(request.Approve, request.Reason, by, now);
        db.AuditEntries.AddRange(complaint.RecordCompensation(
            request.Approve ? AuditAction.CompensationApproved : AuditAction.CompensationRejected, by, now, before, Describe(claim), claim.DecisionReason, false));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(CompensationResponse.From(claim));
    }

    private static async Task<Results<Ok<CompensationResponse>, ValidationProblem, ProblemHttpResult>> PayAsync(
        Guid id, Guid claimId, CompensationPaymentRequest request, ComplaintsDbContext db, ClaimsPrincipal user,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Actor.Of(user) is not { } by)
        {
            return ComplaintProblems.NoSubject("Recording a payment");
        }

        var errors = CompensationRules.ValidatePayment(request.PaymentReference);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The payment is not valid.");
        }

        var (complaint, claim) = await LoadAsync(db, id, claimId, cancellationToken);
        if (complaint is null || claim is null)
        {
            return ClaimNotFound(id, claimId);
        }

        if (claim.Status != CompensationStatus.Approved)
        {
            return WrongStatus(claim, "paid", "approved");
        }

        var now = clock.GetUtcNow();
        claim.MarkPaid(request.PaymentReference!, now);
        db.AuditEntries.AddRange(complaint.RecordCompensation(
            AuditAction.CompensationPaid, by, now, WireNames.Of(CompensationStatus.Approved), Describe(claim), claim.PaymentReference, false));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(CompensationResponse.From(claim));
    }

    private static async Task<Ok<IReadOnlyList<ApprovalLimitResponse>>> ListLimitsAsync(ComplaintsDbContext db, CancellationToken cancellationToken)
    {
        var limits = await db.ApprovalLimits.AsNoTracking().ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ApprovalLimitResponse>>(
            limits.OrderBy(limit => limit.Role).ThenBy(limit => limit.Currency).Select(ApprovalLimitResponse.From).ToList());
    }

    private static async Task<Results<Created<ApprovalLimitResponse>, Ok<ApprovalLimitResponse>, ValidationProblem>> PutLimitAsync(
        string role, string currency, ApprovalLimitRequest request, ComplaintsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = CompensationRules.ValidateLimit(role, currency, request.MaxAmount);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The approval limit is not valid.");
        }

        var limit = await db.ApprovalLimits.FirstOrDefaultAsync(limit => limit.Role == role && limit.Currency == currency, cancellationToken);
        if (limit is not null)
        {
            limit.Change(request.MaxAmount);
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.Ok(ApprovalLimitResponse.From(limit));
        }

        limit = ApprovalLimit.Create(role, currency, request.MaxAmount, clock.GetUtcNow());
        db.ApprovalLimits.Add(limit);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/complaints/approval-limits/{role}/{currency}", ApprovalLimitResponse.From(limit));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteLimitAsync(
        string role, string currency, ComplaintsDbContext db, CancellationToken cancellationToken)
    {
        var limit = await db.ApprovalLimits.FirstOrDefaultAsync(limit => limit.Role == role && limit.Currency == currency, cancellationToken);
        if (limit is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Approval limit not found.",
                detail: $"Role {role} has no approval limit in {currency}.");
        }

        db.ApprovalLimits.Remove(limit);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<(Complaint? Complaint, CompensationClaim? Claim)> LoadAsync(
        ComplaintsDbContext db, Guid id, Guid claimId, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.FirstOrDefaultAsync(complaint => complaint.Id == id, cancellationToken);
        var claim = complaint is null
            ? null
            : await db.CompensationClaims.FirstOrDefaultAsync(claim => claim.Id == claimId && claim.ComplaintId == id, cancellationToken);
        return (complaint, claim);
    }

    private static ProblemHttpResult ClaimNotFound(Guid id, Guid claimId) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, title: "Compensation claim not found.", detail: $"Complaint {id} has no claim with id {claimId}.");

    private static ProblemHttpResult WrongStatus(CompensationClaim claim, string action, string needed) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict, title: $"The claim cannot be {action}.",
        detail: $"The claim is {WireNames.Of(claim.Status)}; only a {needed} claim can be {action}.");

    private static string Amount(CompensationClaim claim) =>
        $"{claim.Amount.ToString($"F{Money.MinorUnits(claim.Currency)}", CultureInfo.InvariantCulture)} {claim.Currency}";

    private static string Describe(CompensationClaim claim) => $"{WireNames.Of(claim.Status)} {Amount(claim)} (claim {claim.Id})";
}
