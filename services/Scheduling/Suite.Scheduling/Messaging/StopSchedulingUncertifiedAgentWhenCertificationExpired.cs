using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Events;
using Suite.Scheduling.Data;
using Suite.Scheduling.Domain.Certifications;
using Suite.ServiceDefaults.Messaging;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.Scheduling.Messaging;

/// <summary>
/// Marks Training's certification as expired, so new rosters and manual edits no longer put the agent on
/// queues that require it, and existing rosters report the assignments that now break the rule. An
/// expiry arriving before its grant is kept, and the late grant (older) does not revive it.
/// </summary>
public sealed class StopSchedulingUncertifiedAgentWhenCertificationExpired(SchedulingDbContext db, TenantContext tenant, TimeProvider clock)
    : IdempotentConsumer<CertificationExpired, SchedulingDbContext>(db, tenant, clock)
{
    protected override async Task ApplyAsync(CertificationExpired message, CancellationToken cancellationToken)
    {
        var certification = await Db.AgentCertifications.FirstOrDefaultAsync(
            existing => existing.CertificationId == message.CertificationId, cancellationToken);
        if (certification is null)
        {
            certification = AgentCertification.Record(message.AgentId, message.CertificationId, message.Skill, Clock.GetUtcNow());
            Db.AgentCertifications.Add(certification);
        }

        certification.Expire(message.Skill, message.OccurredAt);
    }
}
