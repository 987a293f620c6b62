using Suite.Contracts.Events;
using Suite.ServiceDefaults.Messaging;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.Bench.Events;

/// <summary>The effect in the second service, written the way every consumer of the suite is.</summary>
internal sealed class EnrolWhenAgentHired(OnboardingDbContext db, TenantContext tenant, TimeProvider clock)
    : IdempotentConsumer<AgentHired, OnboardingDbContext>(db, tenant, clock)
{
    protected override Task ApplyAsync(AgentHired message, CancellationToken cancellationToken)
    {
        Db.Enrolments.Add(new Enrolment { AgentId = message.AgentId, SourceEventId = message.EventId });
        return Task.CompletedTask;
    }
}
