using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.Complaints.Agents;
using Suite.Complaints.Clocks;
using Suite.Complaints.Data;
using Suite.Complaints.Domain;
using Suite.Complaints.Domain.Escalations;
using Suite.Contracts;
using Suite.ServiceDefaults.Auth;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.Complaints.Api;

/// <summary>A complaint's way up the chain: what the SLA clock escalated, and escalations by hand.</summary>
public static class EscalationEndpoints
{
    public static RouteGroupBuilder MapEscalationEndpoints(this RouteGroupBuilder group)
    {
        var escalations = group.MapGroup("/complaints/{id:guid}/escalations").WithTags("Escalation");
        escalations.MapGet("/", ListAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithName("ListComplaintEscalations")
            .WithSummary("A complaint's warnings and escalations")
            .WithDescription("Oldest first: SLA warnings, escalations by the SLA clock (major complaints and breaches) and by hand.");
        escalations.MapPost("/", EscalateAsync)
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Supervisor, SuiteRoles.Manager, SuiteRoles.Admin))
            .WithName("EscalateComplaint")
            .WithSummary("Escalate a complaint by hand")
            .WithDescription(
                "A supervisor sends an open complaint to the team leader of its agent (asked of Scheduling), the supervisors or the " +
                "managers, with a reason, from the version read (expectedVersion or If-Match). Tells the other services (ComplaintEscalated). " +
                "A closed or resolved complaint, or one changed since it was read, is a 409; Scheduling unavailable is a 503 and nothing is written.");
        return group;
    }

    private static async Task<Results<Ok<IReadOnlyList<EscalationResponse>>, ProblemHttpResult>> ListAsync(
        Guid id, ComplaintsDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Complaints.AnyAsync(complaint => complaint.Id == id, cancellationToken))
        {
            return ComplaintProblems.NotFound(id);
        }

        var escalations = await db.Escalations.AsNoTracking()
            .Where(escalation => escalation.ComplaintId == id)
            .OrderBy(escalation => escalation.At).ThenBy(escalation => escalation.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<EscalationResponse>>(escalations.Select(EscalationResponse.From).ToList());
    }

    private static async Task<Results<Created<EscalationResponse>, ValidationProblem, ProblemHttpResult>> EscalateAsync(
        Guid id, EscalateRequest request, ComplaintsDbContext db, IAgentDirectory agents, ClaimsPrincipal user, HttpContext http,
        ITenantContext tenant, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Actor.Of(user) is not { } by)
        {
            return ComplaintProblems.NoSubject("Escalating a complaint");
        }

        var expected = Versions.Expected(request.ExpectedVersion, http.Request);
        var errors = ChangeRules.ValidateEscalation(request.Stage, expected, request.Reason);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The escalation is not valid.");
        }

        var complaint = await db.Complaints.FirstOrDefaultAsync(complaint => complaint.Id == id, cancellationToken);
        if (complaint is null)
        {
            return ComplaintProblems.NotFound(id);
        }

        if (complaint.Version != expected)
        {
            return ComplaintProblems.Stale(complaint, expected);
        }

        if (!ComplaintWorkflow.IsOpen(complaint.Status))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Only an open complaint can be escalated.",
                detail: $"The complaint is {WireNames.Of(complaint.Status)}; reopen it first if the customer came back.");
        }

        // Asked before anything is staged: Scheduling unavailable propagates as a 503 with nothing written.
        var person = request.Stage == EscalationStage.TeamLeader && complaint.AgentId is { } agentId
            ? await agents.TeamLeaderOfAsync(agentId, cancellationToken)
            : null;
        var round = await db.Escalations.CountAsync(
            escalation => escalation.ComplaintId == id && escalation.Trigger == EscalationTrigger.Manual, cancellationToken) + 1;
        var now = clock.GetUtcNow();
        var escalation = Escalation.Record(complaint.Id, EscalationTrigger.Manual, round, request.Stage, request.Reason!.Trim(), person, by, now);
        Escalating.Stage(db, complaint.AgentId, escalation, tenant.TenantId);
        db.AuditEntries.Add(complaint.RecordEscalationByHand(escalation));
        // A rival write (a person or the SLA clock) changes the version first: the concurrency token makes this a 409.
        await db.SaveChangesAsync(cancellationToken);
        http.Response.Headers.ETag = Versions.ETag(complaint.Version);
        return TypedResults.Created($"/api/complaints/complaints/{id}/escalations", EscalationResponse.From(escalation));
    }
}
