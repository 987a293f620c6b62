using System.Text;

namespace Suite.Scheduling.Domain.Demand;

/// <summary>
/// Splits CSV text into records as RFC 4180 defines them: a quoted value may hold commas, line breaks and
/// doubled quotes. Spreadsheets quote any value that needs it, so splitting on commas would shift columns.
/// </summary>
public static class CsvRecords
{
    /// <summary>
    /// One record; <see cref="Line"/> is the line it starts on (1-based), <see cref="Problem"/> says why it
    /// could not be read, in which case its cells are not to be trusted.
    /// </summary>
    public sealed record Record(int Line, IReadOnlyList<string> Cells, string? Problem);

    /// <summary>Every non-blank record. Unquoted values lose surrounding spaces; quoted ones keep what is inside the quotes.</summary>
    public static List<Record> Read(string text)
    {
        var records = new List<Record>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var wasQuoted = false;
        var afterClosingQuote = false;
        string? problem = null;

        void EndCell()
        {
            cells.Add(wasQuoted ? cell.ToString() : cell.ToString().Trim());
            cell.Clear();
            wasQuoted = false;
            afterClosingQuote = false;
        }

        void EndRecord()
        {
            EndCell();
            var blank = cells.Count == 1 && cells[0].Length == 0 && problem is null;
            if (!blank)
            {
                records.Add(new Record(recordLine, cells.ToList(), problem));
            }

            cells.Clear();
            problem = null;
        }

        var normalised = text.Replace("\r\n", "\n").Replace('\r', '\n');
        for (var i = 0; i < normalised.Length; i++)
        {
            var c = normalised[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < normalised.Length && normalised[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                    afterClosingQuote = true;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    cell.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case ',':
                    EndCell();
                    break;
                case '\n':
                    EndRecord();
                    line++;
                    recordLine = line;
                    break;
                case '"' when !afterClosingQuote && string.IsNullOrWhiteSpace(cell.ToString()):
                    cell.Clear();
                    inQuotes = true;
                    wasQuoted = true;
                    break;
                case '"':
                    problem ??= $"Value {cells.Count + 1} has a quote inside it; quote the whole value and double the quote (\"\").";
                    cell.Append(c);
                    break;
                default:
                    if (afterClosingQuote && !char.IsWhiteSpace(c))
                    {
                        problem ??= $"Value {cells.Count + 1} has text after its closing quote.";
                    }

                    if (!afterClosingQuote)
                    {
                        cell.Append(c);
                    }

                    break;
            }
        }

        if (inQuotes)
        {
            problem ??= $"Value {cells.Count + 1} opens a quote that is never closed.";
        }

        EndRecord();
        return records;
    }
}
