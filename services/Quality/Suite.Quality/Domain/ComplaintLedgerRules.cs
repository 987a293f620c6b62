namespace Suite.Quality.Domain;

/// <summary>How a filed complaint is written on the ledger: its labels, and the line a supervisor reads.</summary>
public static class ComplaintLedgerRules
{
    public const int MaxCategoryLength = 100;
    public const int MaxSeverityLength = 40;
    public const int MaxStoreCodeLength = 64;
    public const int MaxRootCauseLength = 200;

    /// <summary>
    /// A trimmed label, or null when there is none. An over-long label is shortened rather than
    /// refused: the complaint has already been filed in Complaints, and refusing it here would only
    /// keep it off the appraisal; the source id still leads to the full complaint.
    /// </summary>
    public static string? Label(string? value, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length <= maxLength ? trimmed : trimmed[..maxLength].TrimEnd();
    }

    /// <summary>One readable line, e.g. "Complaint filed: late delivery, severity major, store TM-001".</summary>
    public static string Summarise(string? category, string? severity, string? storeCode)
    {
        List<string> parts = [category ?? "uncategorised"];
        if (severity is not null)
        {
            parts.Add($"severity {severity}");
        }

        if (storeCode is not null)
        {
            parts.Add($"store {storeCode}");
        }

        return $"Complaint filed: {string.Join(", ", parts)}";
    }

    /// <summary>One readable line, e.g. "Complaint upheld: rude reply, root cause agent attitude".</summary>
    public static string SummariseUpheld(string? category, string? rootCause) =>
        rootCause is null
            ? $"Complaint upheld: {category ?? "uncategorised"}"
            : $"Complaint upheld: {category ?? "uncategorised"}, root cause {rootCause}";
}
