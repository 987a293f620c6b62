using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Events;
using Suite.ServiceDefaults.Messaging;
using Suite.ServiceDefaults.Tenancy;
using Suite.Training.Data;
using Suite.Training.Domain;

namespace Suite.Training.Messaging;

/// <summary>Assigns the course mapped to the complaint's category when the complaint was upheld against an agent.</summary>
public sealed class AssignRemedialCourseWhenComplaintUpheldAgainstAgent(TrainingDbContext db, TenantContext tenant, TimeProvider clock)
    : IdempotentConsumer<ComplaintResolved, TrainingDbContext>(db, tenant, clock)
{
    protected override async Task ApplyAsync(ComplaintResolved message, CancellationToken cancellationToken)
    {
        if (message.AgentId is not { } agentId || !message.UpheldAgainstAgent)
        {
            return;
        }

        var rules = await Db.RemedialRules.AsNoTracking()
            .Where(rule => rule.Kind == RemedialCauseKind.ComplaintCategory)
            .ToListAsync(cancellationToken);
        var matches = RemedialRules.ForComplaint(message.ComplaintId, message.Category, message.UpheldAgainstAgent, rules);
        await RemedialAssigning.AssignAsync(Db, agentId, matches, Clock.GetUtcNow(), cancellationToken);
    }
}
