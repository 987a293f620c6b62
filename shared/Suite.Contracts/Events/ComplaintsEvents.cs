namespace Suite.Contracts.Events;

public sealed record ComplaintFiled(
    Guid EventId,
    string TenantId,
    DateTimeOffset OccurredAt,
    Guid ComplaintId,
    Guid? AgentId,
    string Category,
    string Severity,
    string StoreCode) : IIntegrationEvent;

public sealed record ComplaintEscalated(
    Guid EventId,
    string TenantId,
    DateTimeOffset OccurredAt,
    Guid ComplaintId,
    Guid? AgentId,
    string Reason,
    string EscalatedToRole,
    Guid? EscalatedToPersonId) : IIntegrationEvent;

public sealed record ComplaintResolved(
    Guid EventId,
    string TenantId,
    DateTimeOffset OccurredAt,
    Guid ComplaintId,
    Guid? AgentId,
    string Category,
    string RootCause,
    bool UpheldAgainstAgent) : IIntegrationEvent;
