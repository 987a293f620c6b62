using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.Scheduling.Data;
using Suite.Scheduling.Domain.Certifications;
using Suite.Scheduling.Domain.Stores;
using Suite.ServiceDefaults.Auth;

namespace Suite.Scheduling.Api;

/// <summary>Which certifications a queue requires, and which an agent holds as Training reported them.</summary>
public static class CertificationEndpoints
{
    public static RouteGroupBuilder MapCertificationEndpoints(this RouteGroupBuilder group)
    {
        group.MapPut("/queues/{queueId:guid}/required-certifications", RequireAsync)
            .WithTags("Rosters")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithName("SetQueueRequiredCertifications")
            .WithSummary("Set the certifications a queue requires")
            .WithDescription("Skills as Training certifies them (e.g. red-line-tmall); rosters put only agents holding each, current, on the queue.");
        group.MapGet("/queues/{queueId:guid}/required-certifications", GetRequiredAsync)
            .WithTags("Rosters")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithName("GetQueueRequiredCertifications")
            .WithSummary("The certifications a queue requires")
            .WithDescription("An empty list when the queue requires none.");
        group.MapGet("/agents/{agentId:guid}/certifications", AgentCertificationsAsync)
            .WithTags("Rosters")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithName("ListAgentCertifications")
            .WithSummary("An agent's certifications as Training reported them")
            .WithDescription("Current and expired, kept up to date from CertificationGranted and CertificationExpired.");
        return group;
    }

    private static async Task<Results<Ok<RequiredCertificationsResponse>, ValidationProblem, ProblemHttpResult>> RequireAsync(
        Guid queueId, RequiredCertificationsRequest request, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = StoreRules.ValidateQueue("queue", request.Skills);
        if (request.Skills is null)
        {
            errors["skills"] = ["skills is required (an empty list requires none)."];
        }

        if (errors.Remove("requiredSkills", out var messages))
        {
            errors["skills"] = messages;
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The required certifications are not valid.");
        }

        if (!await db.Queues.AnyAsync(queue => queue.Id == queueId, cancellationToken))
        {
            return QueueNotFound(queueId);
        }

        var requirement = await db.QueueCertificationRequirements.FirstOrDefaultAsync(requirement => requirement.QueueId == queueId, cancellationToken);
        if (requirement is null)
        {
            requirement = QueueCertificationRequirement.For(queueId, request.Skills!, clock.GetUtcNow());
            db.QueueCertificationRequirements.Add(requirement);
        }
        else
        {
            requirement.Replace(request.Skills!, clock.GetUtcNow());
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is not DbUpdateConcurrencyException)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict, title: "The requirement was being set at the same time.", detail: "Nothing was written; send it again.");
        }

        return TypedResults.Ok(new RequiredCertificationsResponse(queueId, requirement.Skills));
    }

    private static async Task<Results<Ok<RequiredCertificationsResponse>, ProblemHttpResult>> GetRequiredAsync(
        Guid queueId, SchedulingDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Queues.AnyAsync(queue => queue.Id == queueId, cancellationToken))
        {
            return QueueNotFound(queueId);
        }

        var requirement = await db.QueueCertificationRequirements.AsNoTracking().FirstOrDefaultAsync(requirement => requirement.QueueId == queueId, cancellationToken);
        return TypedResults.Ok(new RequiredCertificationsResponse(queueId, requirement?.Skills ?? []));
    }

    private static async Task<Results<Ok<List<AgentCertificationResponse>>, ProblemHttpResult>> AgentCertificationsAsync(
        Guid agentId, SchedulingDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Agents.AnyAsync(agent => agent.Id == agentId, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Agent not found.", detail: $"No agent has id {agentId}.");
        }

        var certifications = await db.AgentCertifications.AsNoTracking().Where(certification => certification.AgentId == agentId).ToListAsync(cancellationToken);
        return TypedResults.Ok(certifications.OrderBy(certification => certification.Skill, StringComparer.Ordinal)
            .ThenBy(certification => certification.CertificationId).Select(AgentCertificationResponse.From).ToList());
    }

    private static ProblemHttpResult QueueNotFound(Guid queueId) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Queue not found.", detail: $"No queue has id {queueId}.");
}
