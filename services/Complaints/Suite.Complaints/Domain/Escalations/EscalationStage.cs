namespace Suite.Complaints.Domain.Escalations;

/// <summary>
/// How far up the chain a complaint has gone. A warning tells the desk itself; the others name the role
/// the complaint is escalated to, and their wire names are the suite's role names.
/// </summary>
public enum EscalationStage
{
    Warning = 1,
    TeamLeader = 2,
    Supervisor = 3,
    Manager = 4,
}
