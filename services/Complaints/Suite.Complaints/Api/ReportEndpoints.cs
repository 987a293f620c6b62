using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Suite.Complaints.Clocks;
using Suite.Complaints.Data;
using Suite.Complaints.Domain;
using Suite.Complaints.Domain.Reports;
using Suite.Complaints.Domain.Sla;
using Suite.Contracts;
using Suite.ServiceDefaults.Auth;

namespace Suite.Complaints.Api;

/// <summary>What the complaints desk reports upwards: volumes and SLA attainment, repeat complainants, root causes, upheld complaints, and the list as CSV.</summary>
public static class ReportEndpoints
{
    /// <summary>Beyond this an export is a data extract, not a download: narrow the filters.</summary>
    public const int MaxExportRows = 100_000;

    private const int ClockBatch = 500;

    private static readonly string[] GroupBys = ["store", "category", "severity"];

    public static RouteGroupBuilder MapReportEndpoints(this RouteGroupBuilder group)
    {
        var reports = group.MapGroup("/reports").WithTags("Reports").RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management));
        reports.MapGet("/volume", VolumeAsync)
            .WithName("ComplaintVolumeReport")
            .WithSummary("Volume and SLA attainment by store, category or severity")
            .WithDescription("Complaints filed in [from, to) grouped by groupBy (store, category, severity): filed, open, resolved, major, and SLA attainment (the share of SLA-governed complaints with no breached clock, as of now).");
        reports.MapGet("/repeat-complainants", RepeatComplainantsAsync)
            .WithName("RepeatComplainantsReport")
            .WithSummary("Customers who complained repeatedly")
            .WithDescription("Customers (per platform) with at least minComplaints (default 2) complaints filed in [from, to), most first.");
        reports.MapGet("/root-causes", RootCausesAsync)
            .WithName("RootCauseParetoReport")
            .WithSummary("Root-cause Pareto")
            .WithDescription("Resolved complaints filed in [from, to) by root cause, most frequent first, with each cause's percent and the cumulative percent.");
        reports.MapGet("/upheld-by-agent", UpheldByAgentAsync)
            .WithName("UpheldByAgentReport")
            .WithSummary("Upheld complaints per agent")
            .WithDescription("Per agent: complaints filed in [from, to) and resolved, and how many were upheld against the agent, most upheld first.");
        group.MapGet("/complaints/export", ExportAsync)
            .WithTags("Reports")
            .RequireAuthorization(policy => policy.RequireRole(SuiteRoles.Management))
            .WithName("ExportComplaintsCsv")
            .WithSummary("The complaint list as CSV")
            .WithDescription($"text/csv (RFC 4180, UTF-8, CRLF, header row) with the list's filters (agentId, storeCode, status, category, severity, from, to), newest first; at most {MaxExportRows} rows (400 otherwise). Cells that would start a spreadsheet formula are prefixed with an apostrophe.");
        return group;
    }

    private static async Task<Results<Ok<VolumeReport>, ValidationProblem>> VolumeAsync(
        ComplaintsDbContext db, TimeProvider clock, CancellationToken cancellationToken, string groupBy = "store", DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        var errors = new Dictionary<string, string[]>();
        var query = new ComplaintFilter(From: from, To: to).Apply(db.Complaints.AsNoTracking(), errors);
        var by = groupBy.Trim().ToLowerInvariant();
        if (!GroupBys.Contains(by))
        {
            errors["groupBy"] = [$"groupBy must be one of {string.Join(", ", GroupBys)}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The report's parameters are not valid.");
        }

        var now = clock.GetUtcNow();
        var clocks = await ComplaintClocks.LoadAsync(db, null, cancellationToken);
        var rows = new Dictionary<string, (int Filed, int Open, int Resolved, int Major, int Governed, int Breached)>(StringComparer.Ordinal);
        Guid? after = null;
        while (true)
        {
            var page = after is { } last ? query.Where(complaint => complaint.Id.CompareTo(last) > 0) : query;
            var batch = await page.OrderBy(complaint => complaint.Id).Take(ClockBatch).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            after = batch[^1].Id;
            var readings = await clocks.ReadAsync(db, batch, now, cancellationToken);
            foreach (var complaint in batch)
            {
                var key = by switch
                {
                    "category" => WireNames.Of(complaint.Category),
                    "severity" => WireNames.Of(complaint.Severity),
                    _ => complaint.StoreCode,
                };
                var sla = readings[complaint.Id].Sla;
                var row = rows.GetValueOrDefault(key);
                rows[key] = (
                    row.Filed + 1,
                    row.Open + (ComplaintWorkflow.IsOpen(complaint.Status) ? 1 : 0),
                    row.Resolved + (complaint.Resolution is null ? 0 : 1),
                    row.Major + (complaint.Major ? 1 : 0),
                    row.Governed + (sla is null ? 0 : 1),
                    row.Breached + (sla is not null && Breached(sla) ? 1 : 0));
            }
        }

        return TypedResults.Ok(new VolumeReport(by, from, to, rows
            .Select(pair => new VolumeRow(pair.Key, pair.Value.Filed, pair.Value.Open, pair.Value.Resolved, pair.Value.Major, pair.Value.Governed, pair.Value.Breached,
                pair.Value.Governed == 0 ? 100 : Math.Round(100.0 * (pair.Value.Governed - pair.Value.Breached) / pair.Value.Governed, 2)))
            .OrderByDescending(row => row.Filed).ThenBy(row => row.Key, StringComparer.Ordinal)
            .ToList()));
    }

    private static bool Breached(SlaStatus sla) =>
        sla.FirstResponse.State == SlaState.Breached || sla.NextUpdate?.State == SlaState.Breached || sla.Resolution.State == SlaState.Breached;

    private static async Task<Results<Ok<IReadOnlyList<RepeatComplainant>>, ValidationProblem>> RepeatComplainantsAsync(
        ComplaintsDbContext db, CancellationToken cancellationToken, DateTimeOffset? from = null, DateTimeOffset? to = null, int minComplaints = 2)
    {
        var errors = new Dictionary<string, string[]>();
        var query = new ComplaintFilter(From: from, To: to).Apply(db.Complaints.AsNoTracking(), errors);
        if (minComplaints is < 2 or > 1000)
        {
            errors["minComplaints"] = ["minComplaints is between 2 and 1000."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The report's parameters are not valid.");
        }

        var rows = await query
            .GroupBy(complaint => new { complaint.Platform, complaint.CustomerReference })
            .Where(customer => customer.Count() >= minComplaints)
            .Select(customer => new { customer.Key.Platform, customer.Key.CustomerReference, Count = customer.Count(), First = customer.Min(c => c.FiledAt), Last = customer.Max(c => c.FiledAt) })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<RepeatComplainant>>(rows
            .Select(row => new RepeatComplainant(row.Platform, row.CustomerReference, row.Count, row.First, row.Last))
            .OrderByDescending(row => row.Complaints).ThenByDescending(row => row.LastFiledAt)
            .ToList());
    }

    private static async Task<Results<Ok<RootCauseReport>, ValidationProblem>> RootCausesAsync(
        ComplaintsDbContext db, CancellationToken cancellationToken, DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        var errors = new Dictionary<string, string[]>();
        var query = new ComplaintFilter(From: from, To: to).Apply(db.Complaints.AsNoTracking(), errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The report's parameters are not valid.");
        }

        var causes = await query.Where(complaint => complaint.Resolution != null).Select(complaint => complaint.Resolution!.RootCause).ToListAsync(cancellationToken);
        return TypedResults.Ok(new RootCauseReport(causes.Count, Pareto.Of(causes.Select(WireNames.Of))));
    }

    private static async Task<Results<Ok<IReadOnlyList<UpheldRow>>, ValidationProblem>> UpheldByAgentAsync(
        ComplaintsDbContext db, CancellationToken cancellationToken, DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        var errors = new Dictionary<string, string[]>();
        var query = new ComplaintFilter(From: from, To: to).Apply(db.Complaints.AsNoTracking(), errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The report's parameters are not valid.");
        }

        var resolved = await query.Where(complaint => complaint.AgentId != null && complaint.Resolution != null)
            .Select(complaint => new { AgentId = complaint.AgentId!.Value, complaint.Resolution!.UpheldAgainstAgent })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<UpheldRow>>(resolved
            .GroupBy(row => row.AgentId)
            .Select(agent =>
            {
                var upheld = agent.Count(row => row.UpheldAgainstAgent);
                return new UpheldRow(agent.Key, agent.Count(), upheld, Math.Round(100.0 * upheld / agent.Count(), 2));
            })
            .OrderByDescending(row => row.Upheld).ThenByDescending(row => row.UpheldPercent).ThenBy(row => row.AgentId)
            .ToList());
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportAsync(
        [AsParameters] ComplaintFilter filter, ComplaintsDbContext db, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var query = filter.Apply(db.Complaints.AsNoTracking(), errors);
        if (errors.Count == 0 && await query.CountAsync(cancellationToken) > MaxExportRows)
        {
            errors["to"] = [$"More than {MaxExportRows} complaints match: narrow the period (from, to) or the other filters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The export's filters are not valid.");
        }

        var complaints = await query.OrderByDescending(complaint => complaint.FiledAt).ThenByDescending(complaint => complaint.Id).ToListAsync(cancellationToken);
        var csv = new StringBuilder();
        Csv.AppendRecord(csv,
        [
            "id", "filedAt", "status", "severity", "major", "category", "channel", "platform", "storeCode", "customerReference",
            "orderReference", "agentId", "description", "resolutionOutcome", "rootCause", "upheldAgainstAgent", "resolvedAt",
        ]);
        foreach (var complaint in complaints)
        {
            Csv.AppendRecord(csv,
            [
                complaint.Id.ToString(), Instant(complaint.FiledAt), WireNames.Of(complaint.Status), WireNames.Of(complaint.Severity),
                complaint.Major ? "true" : "false", WireNames.Of(complaint.Category), WireNames.Of(complaint.Channel), complaint.Platform,
                Csv.Text(complaint.StoreCode), Csv.Text(complaint.CustomerReference), Csv.Text(complaint.OrderReference), complaint.AgentId?.ToString(),
                Csv.Text(complaint.Description),
                complaint.Resolution is { } resolution ? WireNames.Of(resolution.Outcome) : null,
                complaint.Resolution is { } cause ? WireNames.Of(cause.RootCause) : null,
                complaint.Resolution is { } upheld ? (upheld.UpheldAgainstAgent ? "true" : "false") : null,
                complaint.Resolution is { } resolvedAt ? Instant(resolvedAt.ResolvedAt) : null,
            ]);
        }

        return TypedResults.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", "complaints.csv");
    }

    private static string Instant(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
