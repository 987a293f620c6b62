using Suite.Quality.Domain;

namespace Suite.Quality.Api;

public sealed record LedgerEntryResponse(
    Guid Id,
    Guid AgentId,
    LedgerEntryKind Kind,
    Guid SourceId,
    string Summary,
    string? Severity,
    string? Category,
    string? StoreCode,
    DateTimeOffset OccurredAt,
    DateTimeOffset RecordedAt)
{
    public static LedgerEntryResponse From(AppraisalLedgerEntry entry) => new(
        entry.Id, entry.AgentId, entry.Kind, entry.SourceId, entry.Summary, entry.Severity, entry.Category,
        entry.StoreCode, entry.OccurredAt, entry.RecordedAt);
}
