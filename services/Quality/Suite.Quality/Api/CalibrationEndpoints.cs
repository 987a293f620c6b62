using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.Quality.Data;
using Suite.Quality.Domain;
using Suite.ServiceDefaults.Auth;

namespace Suite.Quality.Api;

public static class CalibrationEndpoints
{
    public static RouteGroupBuilder MapCalibrationEndpoints(this RouteGroupBuilder group)
    {
        var calibrations = group.MapGroup("/calibrations").WithTags("Calibration")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management));

        calibrations.MapCalibrationList();
        calibrations.MapPost("/", OpenAsync)
            .WithName("OpenCalibration")
            .WithSummary("Open a calibration session")
            .WithDescription("Several evaluators will score one conversation blind against one scorecard version. Calibration scores never count toward an agent's results. 404 for an unknown conversation or scorecard.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        calibrations.MapGet("/{id:guid}", GetAsync)
            .WithName("GetCalibration")
            .WithSummary("One calibration session")
            .WithDescription("Blind while open: who has scored, not what.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        calibrations.MapPost("/{id:guid}/scorings", ScoreAsync)
            .WithName("ScoreCalibration")
            .WithSummary("Score the session's conversation as one of its evaluators")
            .WithDescription("The caller must be one of the session's evaluators (403); one scoring each, only while open (409).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        calibrations.MapPost("/{id:guid}/close", CloseAsync)
            .WithName("CloseCalibration")
            .WithSummary("Close the session and report")
            .WithDescription("Once every evaluator has scored (409 before). The report: spread per criterion, agreement with the reference, Cohen's kappa for two evaluators or Fleiss' for more on the pass/fail criteria.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        calibrations.MapGet("/{id:guid}/report", ReportAsync)
            .WithName("GetCalibrationReport")
            .WithSummary("The report of a closed session")
            .WithDescription("409 while the session is open: the scorings are blind until then. Besides the figures, each evaluator's answer per criterion and score.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<Results<Created<CalibrationSessionResponse>, ValidationProblem, ProblemHttpResult>> OpenAsync(
        OpenCalibrationRequest request, QualityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = CalibrationSession.Validate(request.ConversationId, request.ScorecardId, request.EvaluatorIds, request.ReferenceEvaluatorId);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The calibration session is not valid.");
        }

        if (!await db.Conversations.AnyAsync(conversation => conversation.Id == request.ConversationId, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Conversation not found.", detail: $"No conversation has id {request.ConversationId}.");
        }

        if (!await db.Scorecards.AnyAsync(scorecard => scorecard.Id == request.ScorecardId, cancellationToken))
        {
            return ScorecardEndpoints.NotFound(request.ScorecardId!.Value);
        }

        var session = CalibrationSession.Open(
            request.ConversationId!.Value, request.ScorecardId!.Value,
            request.EvaluatorIds!.Select(id => id!.Trim()).ToList(), request.ReferenceEvaluatorId!.Trim(), clock.GetUtcNow());
        db.CalibrationSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/quality/calibrations/{session.Id}", CalibrationSessionResponse.From(session));
    }

    private static async Task<Results<Ok<CalibrationSessionResponse>, ProblemHttpResult>> GetAsync(
        Guid id, QualityDbContext db, CancellationToken cancellationToken)
    {
        var session = await db.CalibrationSessions.AsNoTracking().FirstOrDefaultAsync(session => session.Id == id, cancellationToken);
        return session is null ? NotFound(id) : TypedResults.Ok(CalibrationSessionResponse.From(session));
    }

    private static async Task<Results<Ok<CalibrationSessionResponse>, ValidationProblem, ProblemHttpResult>> ScoreAsync(
        Guid id, CalibrationScoringRequest request, ClaimsPrincipal user, QualityDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var session = await db.CalibrationSessions.FirstOrDefaultAsync(session => session.Id == id, cancellationToken);
        if (session is null)
        {
            return NotFound(id);
        }

        var evaluator = user.FindFirst(SuiteClaims.Subject)?.Value ?? "";
        if (!session.IsInvited(evaluator))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Not an evaluator of this session.",
                detail: "Only the evaluators the session was opened for can score it.");
        }

        var scorecard = await db.Scorecards.AsNoTracking().SingleAsync(scorecard => scorecard.Id == session.ScorecardId, cancellationToken);
        var answers = request.Answers ?? [];
        var errors = ScoreCalculator.ValidateAnswers(scorecard.Sections, answers);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The answers do not fit the scorecard.");
        }

        if (session.Submit(evaluator, answers, clock.GetUtcNow()) is { } refusal)
        {
            return Conflict(refusal);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(CalibrationSessionResponse.From(session));
    }

    private static async Task<Results<Ok<CalibrationReportResponse>, ProblemHttpResult>> CloseAsync(
        Guid id, QualityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var session = await db.CalibrationSessions.FirstOrDefaultAsync(session => session.Id == id, cancellationToken);
        if (session is null)
        {
            return NotFound(id);
        }

        if (session.Close(clock.GetUtcNow()) is { } refusal)
        {
            return Conflict(refusal);
        }

        var scorecard = await db.Scorecards.AsNoTracking().SingleAsync(scorecard => scorecard.Id == session.ScorecardId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(CalibrationReportResponse.From(session, scorecard));
    }

    private static async Task<Results<Ok<CalibrationReportResponse>, ProblemHttpResult>> ReportAsync(
        Guid id, QualityDbContext db, CancellationToken cancellationToken)
    {
        var session = await db.CalibrationSessions.AsNoTracking().FirstOrDefaultAsync(session => session.Id == id, cancellationToken);
        if (session is null)
        {
            return NotFound(id);
        }

        if (!session.IsClosed)
        {
            return Conflict("The session is still open: its scorings are blind until it is closed.");
        }

        var scorecard = await db.Scorecards.AsNoTracking().SingleAsync(scorecard => scorecard.Id == session.ScorecardId, cancellationToken);
        return TypedResults.Ok(CalibrationReportResponse.From(session, scorecard));
    }

    private static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not possible in the session's current state.", detail: detail);

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Calibration session not found.", detail: $"No calibration session has id {id}.");
}
