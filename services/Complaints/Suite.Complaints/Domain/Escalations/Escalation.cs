using Suite.ServiceDefaults.Data;

namespace Suite.Complaints.Domain.Escalations;

/// <summary>
/// One step of a complaint up the chain (or an SLA warning). Unique on complaint, trigger, round and
/// stage: it is written in the same transaction as its ComplaintEscalated outbox row, so when two
/// replicas of the SLA clock find the same breach, the second one's insert fails and nothing of it is kept.
/// </summary>
public sealed class Escalation : ITenantOwned
{
    private Escalation()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid ComplaintId { get; private set; }

    public EscalationTrigger Trigger { get; private set; }

    /// <summary>
    /// Which run of a clock that restarts: the next-update clock restarts with every status change, so its
    /// round is the number of that change; 0 for clocks that run once. Manual escalations count up.
    /// </summary>
    public int Round { get; private set; }

    public EscalationStage Stage { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The SLA clock's name or the subject of the person who escalated.</summary>
    public string By { get; private set; } = "";

    public string Reason { get; private set; } = "";

    /// <summary>The person of the escalated-to role when known (the agent's team leader, from Scheduling).</summary>
    public Guid? ToPersonId { get; private set; }

    public static Escalation Record(
        Guid complaintId, EscalationTrigger trigger, int round, EscalationStage stage, string reason, Guid? toPersonId, string by, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        ComplaintId = complaintId,
        Trigger = trigger,
        Round = round,
        Stage = stage,
        At = at,
        By = by,
        Reason = reason,
        ToPersonId = toPersonId,
    };
}
