using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Events;
using Suite.Quality.Data;
using Suite.Quality.Domain;
using Suite.ServiceDefaults.Messaging;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.Quality.Messaging;

/// <summary>Remembers since when each agent holds their level: promotion rules ask for a minimum time on it.</summary>
public sealed class RecordLevelSinceWhenAgentLevelChanged(QualityDbContext db, TenantContext tenant, TimeProvider clock)
    : IdempotentConsumer<AgentLevelChanged, QualityDbContext>(db, tenant, clock)
{
    protected override async Task ApplyAsync(AgentLevelChanged message, CancellationToken cancellationToken)
    {
        var record = await Db.AgentLevels.FirstOrDefaultAsync(existing => existing.AgentId == message.AgentId, cancellationToken);
        if (record is null)
        {
            Db.AgentLevels.Add(AgentLevelRecord.Create(message.AgentId, message.NewLevel, message.OccurredAt, Clock.GetUtcNow()));
        }
        else
        {
            record.Change(message.NewLevel, message.OccurredAt);
        }
    }
}
