using Suite.Complaints.Domain;
using Suite.Contracts;

namespace Suite.Complaints.Api;

/// <summary>
/// The filters the complaint list and its CSV export share. Enums are bound as text and parsed with
/// their wire names: the framework's binder knows C# names, not the API's kebab-case ones.
/// </summary>
public sealed record ComplaintFilter(
    Guid? AgentId = null, string? Status = null, string? Category = null, string? Severity = null,
    string? StoreCode = null, DateTimeOffset? From = null, DateTimeOffset? To = null)
{
    /// <summary>The filtered query, or the problems per parameter added to <paramref name="errors"/>.</summary>
    public IQueryable<Complaint> Apply(IQueryable<Complaint> query, Dictionary<string, string[]> errors)
    {
        var status = Parse<ComplaintStatus>(Status, "status", errors);
        var category = Parse<ComplaintCategory>(Category, "category", errors);
        var severity = Parse<ComplaintSeverity>(Severity, "severity", errors);
        if (From is not null && To is not null && To <= From)
        {
            errors["to"] = ["to must be after from."];
        }

        if (AgentId is { } agentId)
        {
            query = query.Where(complaint => complaint.AgentId == agentId);
        }

        if (status is not null)
        {
            query = query.Where(complaint => complaint.Status == status);
        }

        if (category is not null)
        {
            query = query.Where(complaint => complaint.Category == category);
        }

        if (severity is not null)
        {
            query = query.Where(complaint => complaint.Severity == severity);
        }

        if (!string.IsNullOrWhiteSpace(StoreCode))
        {
            var store = StoreCode.Trim();
            query = query.Where(complaint => complaint.StoreCode == store);
        }

        if (From is { } from)
        {
            query = query.Where(complaint => complaint.FiledAt >= from);
        }

        if (To is { } to)
        {
            query = query.Where(complaint => complaint.FiledAt < to);
        }

        return query;
    }

    private static TEnum? Parse<TEnum>(string? text, string field, Dictionary<string, string[]> errors)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (WireNames.TryParse<TEnum>(text.Trim(), out var value))
        {
            return value;
        }

        errors[field] = [$"{field} must be one of {string.Join(", ", WireNames.All<TEnum>())}."];
        return null;
    }
}
