using Microsoft.AspNetCore.Http.HttpResults;
using Suite.Training.Data;

namespace Suite.Training.Api;

public static class EnrolmentEndpoints
{
    public static RouteGroupBuilder MapEnrolmentEndpoints(this RouteGroupBuilder group)
    {
        // No :guid constraint: a malformed agent id is the caller's mistake (400), not an unknown route (404).
        group.MapGet("/agents/{agentId}/enrolments", ListForAgentAsync)
            .WithTags("Enrolments")
            .WithSummary("An agent's enrolments")
            .WithDescription("Newest first. Training does not own agents: an agent it has never enrolled has an empty list.");
        return group;
    }

    private static async Task<Ok<List<EnrolmentResponse>>> ListForAgentAsync(
        Guid agentId, TrainingDbContext db, CancellationToken cancellationToken)
    {
        var enrolments = await db.EnrolmentsOfAsync(agentId, cancellationToken);
        return TypedResults.Ok(enrolments.Select(EnrolmentResponse.From).ToList());
    }
}
