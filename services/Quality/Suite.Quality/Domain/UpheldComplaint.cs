namespace Suite.Quality.Domain;

/// <summary>A complaint Complaints resolved as upheld against the agent; the labels may be missing.</summary>
public sealed record UpheldComplaint(Guid ComplaintId, Guid AgentId, string? Category, string? RootCause, DateTimeOffset ResolvedAt);
