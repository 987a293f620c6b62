using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.ServiceDefaults.Auth;
using Suite.Training.Data;
using Suite.Training.Domain;

namespace Suite.Training.Api;

public static class CertificationEndpoints
{
    public const int MaxReminderWindowDays = 365;

    public static RouteGroupBuilder MapCertificationEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/agents/{agentId}/certifications", ForAgentAsync)
            .WithTags("Certifications")
            .WithSummary("An agent's certifications, newest first")
            .WithDescription("For management and the agent itself (403 otherwise). Current ones and those that expired or were superseded by a re-certification.");
        group.MapGet("/agents/{agentId}/completions", CompletionsAsync)
            .WithTags("Certifications")
            .WithSummary("The courses an agent completed, newest first, each with the version they took")
            .WithDescription("For management and the agent itself (403 otherwise). Publishing a newer version of a course never changes the version named here.");
        group.MapGet("/certifications/expiring", ExpiringAsync)
            .WithTags("Certifications")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Certifications that expire soon")
            .WithDescription($"Current certifications that expire within `withinDays` days (1 to {MaxReminderWindowDays}, default 30), soonest first: who must re-certify.");
        group.MapPost("/certifications/{id:guid}/recertification", RecertifyAsync)
            .WithTags("Certifications")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithSummary("Enrol the holder in the course's re-certification path")
            .WithDescription($"For a certification that expires within {Recertification.OpensDaysBeforeExpiry} days or has expired, and is not superseded. Due by the expiry when that comes before the path's own days. The quiz's attempt allowance starts afresh after each pass, so the agent can re-take it. 409 when it is too early, superseded, the course has no re-certification path, or the agent is already on it.");
        return group;
    }

    private static async Task<Results<Created<EnrolmentResponse>, Ok<EnrolmentResponse>, ProblemHttpResult>> RecertifyAsync(
        Guid id, TrainingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var certification = await db.Certifications.AsNoTracking().FirstOrDefaultAsync(certification => certification.Id == id, cancellationToken);
        if (certification is null)
        {
            return Problems.NotFound("Certification", id);
        }

        var now = clock.GetUtcNow();
        var course = await db.Courses.AsNoTracking().FirstAsync(course => course.Id == certification.CourseId, cancellationToken);
        if (Recertification.WhyNot(certification, course, now) is { } whyNot)
        {
            return Problems.Conflict("The certification cannot be renewed now.", whyNot);
        }

        var path = await db.LearningPaths.AsNoTracking().FirstAsync(path => path.Id == course.RecertificationPathId, cancellationToken);
        var reason = $"re-certification of {certification.Skill}, valid until {certification.ValidUntil:yyyy-MM-dd}";
        var outcome = await db.EnrolAsync(certification.AgentId, path, Recertification.DueOn(certification, path, now), reason, now, cancellationToken);
        if (outcome.WhyNot is { } notEnrolled)
        {
            return Problems.Conflict("The certification cannot be renewed now.", notEnrolled);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (db.EnrolledMeanwhile(certification.AgentId, path.Id))
        {
            return Problems.Conflict("The certification cannot be renewed now.", "The agent was enrolled in the re-certification path meanwhile.");
        }

        var response = EnrolmentResponse.From(new AgentEnrolment(outcome.Enrolment!, path.Name));
        return outcome.Reopened
            ? TypedResults.Ok(response)
            : TypedResults.Created($"/api/training/enrolments/{response.Id}/progress", response);
    }

    private static async Task<Results<Ok<List<CertificationResponse>>, ProblemHttpResult>> ForAgentAsync(
        Guid agentId, ClaimsPrincipal caller, TrainingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Access.ToReadRecordsOf(caller, agentId) is { } forbidden)
        {
            return forbidden;
        }

        var now = clock.GetUtcNow();
        var certifications = await db.Certifications.AsNoTracking()
            .Where(certification => certification.AgentId == agentId)
            .OrderByDescending(certification => certification.GrantedAt).ThenByDescending(certification => certification.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(certifications.Select(certification => CertificationResponse.From(certification, now)).ToList());
    }

    private static async Task<Results<Ok<List<CompletionResponse>>, ProblemHttpResult>> CompletionsAsync(
        Guid agentId, ClaimsPrincipal caller, TrainingDbContext db, CancellationToken cancellationToken) =>
        Access.ToReadRecordsOf(caller, agentId) is { } forbidden
            ? forbidden
            : TypedResults.Ok(await db.CompletionsOfAsync(agentId, cancellationToken));

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
