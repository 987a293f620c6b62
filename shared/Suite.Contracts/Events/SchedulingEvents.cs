namespace Suite.Contracts.Events;

public sealed record AgentHired(
    Guid EventId,
    string TenantId,
    DateTimeOffset OccurredAt,
    Guid AgentId,
    string EmployeeNumber,
    string DisplayName,
    string Team,
    string Level,
    IReadOnlyList<string> Skills,
    DateOnly HiredOn) : IIntegrationEvent;

public sealed record AgentLevelChanged(
    Guid EventId,
    string TenantId,
    DateTimeOffset OccurredAt,
    Guid AgentId,
    string PreviousLevel,
    string NewLevel) : IIntegrationEvent;

public sealed record RosterPublished(
    Guid EventId,
    string TenantId,
    DateTimeOffset OccurredAt,
    Guid RosterId,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    IReadOnlyList<Guid> AgentIds) : IIntegrationEvent;
