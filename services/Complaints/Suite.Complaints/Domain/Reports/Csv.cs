using System.Text;

namespace Suite.Complaints.Domain.Reports;

/// <summary>
/// Writes CSV as RFC 4180 has it: CRLF between records, a field quoted when it holds a comma, a quote or
/// a line break, quotes inside doubled.
/// </summary>
public static class Csv
{
    /// <summary>
    /// A cell a spreadsheet would run as a formula. Customers write these fields, so an exported cell
    /// starting like a formula is prefixed with an apostrophe, which spreadsheets show as text.
    /// </summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static void AppendRecord(StringBuilder csv, IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                csv.Append(',');
            }

            first = false;
            AppendField(csv, field ?? "");
        }

        csv.Append("\r\n");
    }

    /// <summary>Free text from outside: neutralised against formulas, then quoted as needed.</summary>
    public static string Text(string? value) =>
        value is { Length: > 0 } && FormulaStarts.Contains(value[0]) ? "'" + value : value ?? "";

    private static void AppendField(StringBuilder csv, string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            csv.Append(field);
            return;
        }

        csv.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
