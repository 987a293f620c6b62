using Suite.Complaints.Data;
using Suite.Complaints.Domain.Escalations;
using Suite.Contracts;
using Suite.Contracts.Events;

namespace Suite.Complaints.Clocks;

/// <summary>Stages an escalation and (above a warning) ComplaintEscalated, for one SaveChanges.</summary>
internal static class Escalating
{
    public static void Stage(ComplaintsDbContext db, Guid? agentId, Escalation escalation, string tenantId)
    {
        db.Escalations.Add(escalation);
        if (escalation.Stage != EscalationStage.Warning)
        {
            db.AddEvent(new ComplaintEscalated(
                Guid.CreateVersion7(escalation.At), tenantId, escalation.At, escalation.ComplaintId, agentId,
                $"{WireNames.Of(escalation.Trigger)}: {escalation.Reason}", WireNames.Of(escalation.Stage), escalation.ToPersonId));
        }
    }
}
