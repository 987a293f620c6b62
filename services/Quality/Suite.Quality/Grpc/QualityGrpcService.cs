using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Quality.V1;
using Suite.Quality.Data;
using Suite.Quality.Domain;

namespace Suite.Quality.Grpc;

/// <summary>Answers other services' questions about appraisal, inside the caller's tenant.</summary>
[Authorize]
public sealed class QualityGrpcService(QualityDbContext db) : QualityService.QualityServiceBase
{
    /// <summary>An agent Quality has nothing on (or another tenant's agent) has an empty ledger: Quality does not own agents.</summary>
    public override async Task<AgentLedger> GetAgentLedger(GetAgentLedgerRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.AgentId, out var agentId))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"'{request.AgentId}' is not an agent id."));
        }

        var entries = await db.LedgerEntries.AsNoTracking()
            .Where(entry => entry.AgentId == agentId)
            .OrderByDescending(entry => entry.OccurredAt).ThenByDescending(entry => entry.Id)
            .ToListAsync(context.CancellationToken);

        var reply = new AgentLedger { AgentId = agentId.ToString() };
        reply.Entries.AddRange(entries.Select(entry => new LedgerEntry
        {
            EntryId = entry.Id.ToString(),
            Kind = LedgerEntryKindNames.Of(entry.Kind),
            SourceId = entry.SourceId.ToString(),
            Summary = entry.Summary,
            OccurredAt = entry.OccurredAt.UtcDateTime.ToString("O"),
        }));
        return reply;
    }
}
