using Suite.Contracts;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Scheduling.V1;
using Suite.Scheduling.Data;
using Suite.Scheduling.Domain;

namespace Suite.Scheduling.Grpc;

/// <summary>Answers other services' questions about agents, inside the caller's tenant.</summary>
[Authorize]
public sealed class SchedulingGrpcService(SchedulingDbContext db) : SchedulingService.SchedulingServiceBase
{
    public override async Task<Contracts.Scheduling.V1.Agent> GetAgent(GetAgentRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.AgentId, out var agentId))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"'{request.AgentId}' is not an agent id."));
        }

        var agent = await db.Agents.AsNoTracking().FirstOrDefaultAsync(agent => agent.Id == agentId, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"No agent has id {agentId}."));

        var reply = new Contracts.Scheduling.V1.Agent
        {
            AgentId = agent.Id.ToString(),
            TenantId = agent.TenantId,
            EmployeeNumber = agent.EmployeeNumber,
            DisplayName = agent.DisplayName,
            Team = agent.Team,
            Level = WireNames.Of(agent.Level),
            HiredOn = agent.HiredOn.ToString("yyyy-MM-dd"),
        };
        reply.Skills.AddRange(agent.Skills);
        return reply;
    }
}
