using Suite.Complaints.Domain.Escalations;

namespace Suite.Complaints.Api;

/// <summary>The body of POST /api/complaints/complaints/{id}/escalations.</summary>
public sealed record EscalateRequest(EscalationStage Stage, string? Reason, Guid? ExpectedVersion);

public sealed record EscalationResponse(
    Guid Id, Guid ComplaintId, EscalationTrigger Trigger, int Round, EscalationStage Stage, DateTimeOffset At, string By, string Reason, Guid? ToPersonId)
{
    public static EscalationResponse From(Escalation escalation) => new(
        escalation.Id, escalation.ComplaintId, escalation.Trigger, escalation.Round, escalation.Stage,
        escalation.At, escalation.By, escalation.Reason, escalation.ToPersonId);
}
