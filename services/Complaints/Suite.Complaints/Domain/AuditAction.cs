namespace Suite.Complaints.Domain;

/// <summary>What kind of change an audit entry records.</summary>
public enum AuditAction
{
    Filed = 1,
    StatusChanged = 2,
    SeverityChanged = 3,
    Resolved = 4,
    CompensationProposed = 5,
    CompensationApproved = 6,
    CompensationRejected = 7,
    CompensationPaid = 8,
    EscalatedByHand = 9,
    AgentFoundOnDuty = 10,
    HandOffRequested = 11,
    HandOffAnswered = 12,
    CallbackScheduled = 13,
    CallbackClosed = 14,
}
