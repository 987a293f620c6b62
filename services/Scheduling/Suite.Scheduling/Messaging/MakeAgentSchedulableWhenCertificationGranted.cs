using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Events;
using Suite.Scheduling.Data;
using Suite.Scheduling.Domain.Certifications;
using Suite.ServiceDefaults.Messaging;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.Scheduling.Messaging;

/// <summary>
/// Records Training's certification so the roster may put the agent on queues that require it. A
/// renewal of the same certification updates its row rather than adding one.
/// </summary>
public sealed class MakeAgentSchedulableWhenCertificationGranted(SchedulingDbContext db, TenantContext tenant, TimeProvider clock)
    : IdempotentConsumer<CertificationGranted, SchedulingDbContext>(db, tenant, clock)
{
    protected override async Task ApplyAsync(CertificationGranted message, CancellationToken cancellationToken)
    {
        var certification = await Db.AgentCertifications.FirstOrDefaultAsync(
            existing => existing.CertificationId == message.CertificationId, cancellationToken);
        if (certification is null)
        {
            certification = AgentCertification.Record(message.AgentId, message.CertificationId, message.Skill, Clock.GetUtcNow());
            Db.AgentCertifications.Add(certification);
        }

        certification.Grant(message.Skill, message.ValidUntil, message.OccurredAt);
    }
}
