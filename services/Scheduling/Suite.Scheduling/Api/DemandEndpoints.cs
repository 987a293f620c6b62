using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.Scheduling.Data;
using Suite.Scheduling.Domain.Demand;
using Suite.Scheduling.Domain.Staffing;
using Suite.ServiceDefaults.Auth;

namespace Suite.Scheduling.Api;

public static class DemandEndpoints
{
    public const int MaxCsvBytes = 4 * 1024 * 1024;
    public const int MaxListDays = 31;

    public static RouteGroupBuilder MapDemandEndpoints(this RouteGroupBuilder group)
    {
        var demand = group.MapGroup("/demand").WithTags("Demand");
        demand.MapPost("/", ImportJsonAsync)
            .WithName("SchedulingImportDemand")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.ManagementAndIntegrators))
            .WithSummary("Enter expected contacts and AHT per queue and interval")
            .WithDescription(
                "Intervals of 15 or 30 minutes, starting on a boundary of the store's local clock. Earlier intervals of the same queue "
                + "that the imported ones overlap are replaced. Any bad row rejects the whole import, naming every bad row.");
        demand.MapPost("/csv", ImportCsvAsync)
            .WithName("SchedulingImportDemandCsv")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.ManagementAndIntegrators))
            .Accepts<string>("text/csv")
            .WithSummary("Upload expected contacts and AHT as CSV")
            .WithDescription(
                "A text/csv body (RFC 4180: quoted values may hold commas, quotes and line breaks) with the header "
                + "queueId,start,intervalMinutes,contacts,ahtSeconds; other columns are ignored. A bad file is a 400 listing every bad line by "
                + "the line number it starts on, and nothing is imported.");
        demand.MapGet("/", ListAsync)
            .WithName("SchedulingListDemand")
            .WithSummary("Demand of a queue")
            .WithDescription("The intervals of queueId starting in [from, to), at most 31 days.");
        demand.MapGet("/staffing", StaffingAsync)
            .WithName("SchedulingDemandStaffing")
            .WithSummary("Required agents per interval of a queue")
            .WithDescription(
                "Erlang C for every demand interval of queueId in [from, to): serviceLevelTarget answered within serviceLevelSeconds, "
                + "with optional maxOccupancy, shrinkage and concurrency as in POST /staffing/erlang-c.");
        return group;
    }

    private static async Task<Results<Ok<List<IntervalStaffingResponse>>, ValidationProblem>> StaffingAsync(
        SchedulingDbContext db, CancellationToken cancellationToken, Guid? queueId = null, DateTimeOffset? from = null, DateTimeOffset? to = null,
        double? serviceLevelTarget = null, double? serviceLevelSeconds = null, double? maxOccupancy = null, double? shrinkage = null, double? concurrency = null)
    {
        var errors = ValidateWindow(queueId, from, to);
        if (serviceLevelTarget is null)
        {
            errors["serviceLevelTarget"] = ["serviceLevelTarget is required."];
        }

        if (serviceLevelSeconds is null)
        {
            errors["serviceLevelSeconds"] = ["serviceLevelSeconds is required."];
        }

        // The interval's own contacts and AHT replace these placeholders; only the targets are checked here.
        var template = new StaffingQuestion(
            0, 1800, 1, serviceLevelTarget ?? 0.5, serviceLevelSeconds ?? 0, maxOccupancy ?? 1.0, shrinkage ?? 0.0, concurrency ?? 1.0);
        foreach (var (field, messages) in StaffingRules.ValidateRanges(template))
        {
            errors[field] = messages;
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var intervals = await IntervalsAsync(db, queueId!.Value, from!.Value, to!.Value, cancellationToken);
        return TypedResults.Ok(intervals.Select(interval =>
        {
            var answer = StaffingCalculator.Calculate(template with
            {
                Contacts = interval.ExpectedContacts, IntervalSeconds = interval.IntervalMinutes * 60, HandleSeconds = interval.AhtSeconds,
            });
            return new IntervalStaffingResponse(
                interval.Start, interval.IntervalMinutes, interval.ExpectedContacts, interval.AhtSeconds, answer.RequiredAgents,
                answer.ScheduledAgents, answer.ServiceLevel, answer.AverageSpeedOfAnswerSeconds, answer.Occupancy);
        }).ToList());
    }

    private static async Task<Results<Ok<ImportDemandResponse>, ValidationProblem, ProblemHttpResult>> ImportJsonAsync(
        ImportDemandRequest request, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var readErrors = new Dictionary<string, List<string>>();
        var rows = new List<DemandRowInput>();
        var given = request.Rows ?? [];
        for (var i = 0; i < given.Count; i++)
        {
            var line = $"rows[{i}]";
            var problems = new List<string>();
            var start = DemandCsv.ReadStart(given[i]?.Start, problems);
            if (given[i] is null)
            {
                problems.Add("A row is required.");
            }

            if (problems.Count > 0)
            {
                readErrors[line] = problems;
                continue;
            }

            rows.Add(new DemandRowInput(line, given[i]!.QueueId, start, given[i]!.IntervalMinutes, given[i]!.Contacts, given[i]!.AhtSeconds));
        }

        if (given.Count == 0)
        {
            readErrors["rows"] = ["At least one row is required."];
        }

        return await ImportAsync(rows, readErrors, db, clock, cancellationToken);
    }

    private static async Task<Results<Ok<ImportDemandResponse>, ValidationProblem, ProblemHttpResult>> ImportCsvAsync(
        HttpRequest request, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!string.Equals(request.ContentType?.Split(';')[0].Trim(), "text/csv", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the demand as text/csv.",
                detail: "The body must be CSV with Content-Type text/csv.");
        }

        if (request.ContentLength > MaxCsvBytes)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge, title: "The CSV is too large.", detail: $"At most {MaxCsvBytes} bytes per upload.");
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var buffer = new char[MaxCsvBytes + 1];
        var length = await reader.ReadBlockAsync(buffer, cancellationToken);
        if (length > MaxCsvBytes)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge, title: "The CSV is too large.", detail: $"At most {MaxCsvBytes} characters per upload.");
        }

        var csv = DemandCsv.Read(new string(buffer, 0, length));
        if (csv.Rows.Count == 0 && csv.Errors.Count == 0)
        {
            csv.Errors["rows"] = ["The CSV has a header but no rows."];
        }

        // Lines that could not be read are reported as read; the rules check the others.
        var readable = csv.Rows.Where(row => !csv.Errors.ContainsKey(row.Line)).ToList();
        return await ImportAsync(readable, csv.Errors, db, clock, cancellationToken);
    }

    private static async Task<Results<Ok<ImportDemandResponse>, ValidationProblem, ProblemHttpResult>> ImportAsync(
        List<DemandRowInput> rows, Dictionary<string, List<string>> readErrors, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var queueIds = rows.Where(row => row.QueueId is not null).Select(row => row.QueueId!.Value).Distinct().ToList();
        var zoneIds = await db.Queues.AsNoTracking()
            .Where(queue => queueIds.Contains(queue.Id))
            .Join(db.Stores, queue => queue.StoreId, store => store.Id, (queue, store) => new { queue.Id, store.TimeZone })
            .ToDictionaryAsync(pair => pair.Id, pair => pair.TimeZone, cancellationToken);
        var zones = zoneIds.ToDictionary(pair => pair.Key, pair => TimeZoneInfo.FindSystemTimeZoneById(pair.Value));
        var errors = DemandRules.Validate(rows, zones);
        foreach (var (line, problems) in readErrors)
        {
            errors[line] = problems;
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(
                errors.OrderBy(pair => pair.Key, LineOrder.Instance).ToDictionary(pair => pair.Key, pair => pair.Value.ToArray()),
                title: "The demand has bad rows; nothing was imported.");
        }

        var now = clock.GetUtcNow();
        var replaced = 0;
        foreach (var queue in rows.GroupBy(row => row.QueueId!.Value))
        {
            var spanStart = queue.Min(row => row.Start!.Value).ToUniversalTime();
            var spanEnd = queue.Max(row => row.Start!.Value.AddMinutes(row.IntervalMinutes!.Value)).ToUniversalTime();
            var earliest = spanStart.AddMinutes(-DemandRules.IntervalLengths.Max());
            var superseded = (await db.DemandIntervals
                    .Where(interval => interval.QueueId == queue.Key && interval.Start > earliest && interval.Start < spanEnd)
                    .ToListAsync(cancellationToken))
                .Where(interval => DemandRules.Overlaps(interval, spanStart, spanEnd))
                .ToList();
            db.DemandIntervals.RemoveRange(superseded);
            replaced += superseded.Count;
            db.DemandIntervals.AddRange(queue.Select(row => DemandInterval.Record(
                new DemandRow(queue.Key, row.Start!.Value, row.IntervalMinutes!.Value, row.Contacts!.Value, row.AhtSeconds!.Value), now)));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is not DbUpdateConcurrencyException)
        {
            // Only another import of the same queue and times, saved in between, collides on the unique index.
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict, title: "The same demand was being imported at the same time.",
                detail: "Nothing from this import was written; send it again.");
        }

        return TypedResults.Ok(new ImportDemandResponse(rows.Count, replaced));
    }

    private static async Task<Results<Ok<List<DemandIntervalResponse>>, ValidationProblem>> ListAsync(
        SchedulingDbContext db, CancellationToken cancellationToken, Guid? queueId = null, DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        var errors = ValidateWindow(queueId, from, to);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var intervals = await IntervalsAsync(db, queueId!.Value, from!.Value, to!.Value, cancellationToken);
        return TypedResults.Ok(intervals.Select(interval => new DemandIntervalResponse(
            interval.QueueId, interval.Start, interval.End, interval.IntervalMinutes, interval.ExpectedContacts, interval.AhtSeconds)).ToList());
    }

    private static Task<List<DemandInterval>> IntervalsAsync(
        SchedulingDbContext db, Guid queueId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var start = from.ToUniversalTime();
        var end = to.ToUniversalTime();
        return db.DemandIntervals.AsNoTracking()
            .Where(interval => interval.QueueId == queueId && interval.Start >= start && interval.Start < end)
            .OrderBy(interval => interval.Start)
            .ToListAsync(cancellationToken);
    }

    private static Dictionary<string, string[]> ValidateWindow(Guid? queueId, DateTimeOffset? from, DateTimeOffset? to)
    {
        var errors = new Dictionary<string, string[]>();
        if (queueId is null)
        {
            errors["queueId"] = ["queueId is required."];
        }

        if (from is null)
        {
            errors["from"] = ["from is required (ISO 8601 with offset)."];
        }

        if (to is null)
        {
            errors["to"] = ["to is required (ISO 8601 with offset)."];
        }
        else if (from is not null && (to <= from || to.Value - from.Value > TimeSpan.FromDays(MaxListDays)))
        {
            errors["to"] = [$"to must be after from, at most {MaxListDays} days later."];
        }

        return errors;
    }

    /// <summary>"line 9" before "line 10", "rows[2]" before "rows[10]".</summary>
    private sealed class LineOrder : IComparer<string>
    {
        public static readonly LineOrder Instance = new();

        public int Compare(string? x, string? y) => (Number(x), x ?? "").CompareTo((Number(y), y ?? ""));

        private static int Number(string? label) =>
            int.TryParse(new string((label ?? "").Where(char.IsAsciiDigit).ToArray()), out var number) ? number : -1;
    }
}
