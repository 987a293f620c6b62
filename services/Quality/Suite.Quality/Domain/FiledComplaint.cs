namespace Suite.Quality.Domain;

/// <summary>
/// The facts of a complaint filed against an agent, as Complaints reported them. The labels may be
/// missing: they come from another service, and a complaint on the ledger without a label is still
/// better than no entry at all.
/// </summary>
public sealed record FiledComplaint(
    Guid ComplaintId,
    Guid AgentId,
    string? Category,
    string? Severity,
    string? StoreCode,
    DateTimeOffset FiledAt);
