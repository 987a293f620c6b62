using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.Contracts;
using Suite.Quality.Data;
using Suite.Quality.Domain;
using Suite.ServiceDefaults.Paging;

namespace Suite.Quality.Api;

/// <summary>The tenant's calibration sessions to browse, so a session need not be reached by its address.</summary>
public static class CalibrationListEndpoints
{
    public static RouteGroupBuilder MapCalibrationList(this RouteGroupBuilder calibrations)
    {
        calibrations.MapGet("/", ListAsync)
            .WithName("ListCalibrations")
            .WithSummary("The tenant's calibration sessions, newest first")
            .WithDescription(
                "A page at a time. state (open or closed) filters on whether the session is still being scored; from and to " +
                "(yyyy-MM-dd, both included, UTC days) on when it was opened. Blind like one session: who has scored, never what.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return calibrations;
    }

    private static async Task<Results<Ok<PagedResponse<CalibrationSessionResponse>>, ValidationProblem>> ListAsync(
        QualityDbContext db, CancellationToken cancellationToken,
        string? state = null, DateOnly? from = null, DateOnly? to = null, int page = 1, int pageSize = PageRequest.DefaultPageSize)
    {
        var errors = LedgerQueryRules.Validate(from, to);
        CalibrationState? wanted = null;
        if (state is not null)
        {
            if (WireNames.TryParse<CalibrationState>(state, out var parsed))
            {
                wanted = parsed;
            }
            else
            {
                errors["state"] = [$"state must be one of: {string.Join(", ", WireNames.All<CalibrationState>())}."];
            }
        }

        var pageRequest = new PageRequest(page, pageSize);
        pageRequest.Validate(errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The calibration query is not valid.");
        }

        var query = db.CalibrationSessions.AsNoTracking();
        if (wanted is { } only)
        {
            var closed = only == CalibrationState.Closed;
            query = query.Where(session => session.IsClosed == closed);
        }

        var (start, end) = LedgerQueryRules.OccurredWindow(from, to);
        if (start is not null)
        {
            query = query.Where(session => session.CreatedAt >= start);
        }

        if (end is not null)
        {
            query = query.Where(session => session.CreatedAt < end);
        }

        var total = await query.CountAsync(cancellationToken);
        var sessions = await query.OrderByDescending(session => session.CreatedAt).ThenByDescending(session => session.Id)
            .Page(pageRequest).ToListAsync(cancellationToken);
        return TypedResults.Ok(pageRequest.Answer(sessions.Select(CalibrationSessionResponse.From).ToList(), total));
    }
}
