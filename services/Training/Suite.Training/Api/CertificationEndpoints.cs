using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.Training.Data;

namespace Suite.Training.Api;

public static class CertificationEndpoints
{
    public const int MaxReminderWindowDays = 365;

    public static RouteGroupBuilder MapCertificationEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/agents/{agentId}/certifications", ForAgentAsync)
            .WithTags("Certifications")
            .WithSummary("An agent's certifications, newest first")
            .WithDescription("Current ones and those that expired or were superseded by a re-certification.");
        group.MapGet("/agents/{agentId}/completions", CompletionsAsync)
            .WithTags("Certifications")
            .WithSummary("The courses an agent completed, newest first, each with the version they took");
        group.MapGet("/certifications/expiring", ExpiringAsync)
            .WithTags("Certifications")
            .WithSummary("Certifications that expire soon")
            .WithDescription($"Current certifications that expire within `withinDays` days (1 to {MaxReminderWindowDays}, default 30), soonest first: who must re-certify.");
        return group;
    }

    private static async Task<Ok<List<CertificationResponse>>> ForAgentAsync(
        Guid agentId, TrainingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var certifications = await db.Certifications.AsNoTracking()
            .Where(certification => certification.AgentId == agentId)
            .OrderByDescending(certification => certification.GrantedAt).ThenByDescending(certification => certification.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(certifications.Select(certification => CertificationResponse.From(certification, now)).ToList());
    }

    private static async Task<Ok<List<CompletionResponse>>> CompletionsAsync(
        Guid agentId, TrainingDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.CompletionsOfAsync(agentId, cancellationToken));

    private static async Task<Results<Ok<List<CertificationResponse>>, ValidationProblem>> ExpiringAsync(
        TrainingDbContext db, TimeProvider clock, CancellationToken cancellationToken, int withinDays = 30)
    {
        if (withinDays is < 1 or > MaxReminderWindowDays)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["withinDays"] = [$"withinDays must be between 1 and {MaxReminderWindowDays}."] },
                title: "The reminder window is not valid.");
        }

        var now = clock.GetUtcNow();
        var until = now.AddDays(withinDays);
        var certifications = await db.Certifications.AsNoTracking()
            .Where(certification => certification.SupersededAt == null && certification.ValidUntil > now && certification.ValidUntil <= until)
            .OrderBy(certification => certification.ValidUntil).ThenBy(certification => certification.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(certifications.Select(certification => CertificationResponse.From(certification, now)).ToList());
    }
}
