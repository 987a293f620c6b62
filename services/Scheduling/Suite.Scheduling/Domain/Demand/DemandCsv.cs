using System.Globalization;

namespace Suite.Scheduling.Domain.Demand;

/// <summary>
/// Reads demand from CSV with a header naming the columns queueId, start, intervalMinutes, contacts and
/// ahtSeconds (any order, any case; other columns are ignored). Values follow RFC 4180: quoted values may
/// hold commas, quotes and line breaks. A record is labelled "line N", N being the line it starts on.
/// </summary>
public static class DemandCsv
{
    public static readonly IReadOnlyList<string> Columns = ["queueId", "start", "intervalMinutes", "contacts", "ahtSeconds"];

    public sealed record Result(List<DemandRowInput> Rows, Dictionary<string, List<string>> Errors);

    public static Result Read(string text)
    {
        var rows = new List<DemandRowInput>();
        var errors = new Dictionary<string, List<string>>();
        var records = CsvRecords.Read(text.TrimStart('\uFEFF'));
        if (records.Count == 0)
        {
            errors["header"] = [$"The CSV is empty; its first line must name the columns {string.Join(", ", Columns)}."];
            return new Result(rows, errors);
        }

        var header = records[0];
        var headerLabel = $"line {header.Line}";
        if (header.Problem is not null)
        {
            errors[headerLabel] = [header.Problem];
            return new Result(rows, errors);
        }

        var positions = Columns.ToDictionary(
            column => column,
            column => header.Cells.ToList().FindIndex(name => string.Equals(name.Trim(), column, StringComparison.OrdinalIgnoreCase)));
        var missing = positions.Where(pair => pair.Value < 0).Select(pair => pair.Key).ToList();
        if (missing.Count > 0)
        {
            errors[headerLabel] = [$"The header lacks the column(s) {string.Join(", ", missing)}."];
            return new Result(rows, errors);
        }

        foreach (var record in records.Skip(1))
        {
            var label = $"line {record.Line}";
            if (record.Problem is not null)
            {
                errors[label] = [record.Problem];
                continue;
            }

            if (record.Cells.Count != header.Cells.Count)
            {
                errors[label] = [$"It has {record.Cells.Count} values; the header has {header.Cells.Count}."];
                continue;
            }

            var problems = new List<string>();
            string Cell(string column) => record.Cells[positions[column]].Trim();
            Guid? queueId = Guid.TryParse(Cell("queueId"), out var id) ? id : null;
            if (queueId is null && Cell("queueId").Length > 0)
            {
                problems.Add($"queueId '{Cell("queueId")}' is not an id.");
            }

            var start = ReadStart(Cell("start"), problems);

            int? minutes = int.TryParse(Cell("intervalMinutes"), NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : null;
            if (minutes is null && Cell("intervalMinutes").Length > 0)
            {
                problems.Add($"intervalMinutes '{Cell("intervalMinutes")}' is not a whole number.");
            }

            var contacts = ReadNumber(Cell("contacts"), "contacts", problems);
            var aht = ReadNumber(Cell("ahtSeconds"), "ahtSeconds", problems);
            if (problems.Count > 0)
            {
                errors[label] = problems;
            }

            rows.Add(new DemandRowInput(label, queueId, start, minutes, contacts, aht));
        }

        return new Result(rows, errors);
    }

    /// <summary>
    /// An interval start with an explicit offset or Z; without one it would be read in the server's zone,
    /// so the planner must say which. Empty is left to the rules to report as missing.
    /// </summary>
    public static DateTimeOffset? ReadStart(string? cell, List<string> problems)
    {
        if (string.IsNullOrEmpty(cell))
        {
            return null;
        }

        if (HasOffset(cell) && DateTimeOffset.TryParse(cell, CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            return start;
        }

        problems.Add($"start '{cell}' is not an ISO 8601 date and time with an offset, e.g. 2026-12-01T09:00:00+08:00.");
        return null;
    }

    private static double? ReadNumber(string cell, string column, List<string> problems)
    {
        // The invariant culture reads "NaN" and "Infinity" as numbers; demand is always finite.
        if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        if (cell.Length > 0)
        {
            problems.Add($"{column} '{cell}' is not a number.");
        }

        return null;
    }

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
}
