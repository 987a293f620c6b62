namespace Suite.Complaints.Domain.Escalations;

/// <summary>What set an escalation off: the complaint being major, one of its SLA clocks, or a person.</summary>
public enum EscalationTrigger
{
    Major = 1,
    FirstResponse = 2,
    NextUpdate = 3,
    Resolution = 4,
    Manual = 5,
}
