using System.Globalization;
using Suite.Contracts;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Scheduling.V1;
using Suite.Scheduling.Api;
using Suite.Scheduling.Data;
using Suite.Scheduling.Domain;

namespace Suite.Scheduling.Grpc;

/// <summary>Answers other services' questions about agents, inside the caller's tenant.</summary>
[Authorize]
public sealed class SchedulingGrpcService(SchedulingDbContext db) : SchedulingService.SchedulingServiceBase
{
    private const int DefaultPageSize = 50;

    public override async Task<Contracts.Scheduling.V1.Agent> GetAgent(GetAgentRequest request, ServerCallContext context)
    {
        var agentId = ParseAgentId(request.AgentId);
        var agent = await db.Agents.AsNoTracking().FirstOrDefaultAsync(agent => agent.Id == agentId, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"No agent has id {agentId}."));
        return ToMessage(agent);
    }

    public override async Task<ListAgentsReply> ListAgents(ListAgentsRequest request, ServerCallContext context)
    {
        var pageSize = request.PageSize == 0 ? DefaultPageSize : request.PageSize;
        if (pageSize is < 1 or > AgentEndpoints.MaxPageSize)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"page_size must be between 1 and {AgentEndpoints.MaxPageSize}."));
        }

        // The token is the offset of the next page; it is opaque to callers, who only pass it back.
        var offset = 0;
        if (request.PageToken.Length > 0
            && (!int.TryParse(request.PageToken, NumberStyles.None, CultureInfo.InvariantCulture, out offset) || offset < 1))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "page_token is not one this service gave out."));
        }

        var query = db.Agents.AsNoTracking();
        if (request.Level.Length > 0)
        {
            if (!WireNames.TryParse<CareerLevel>(request.Level, out var level))
            {
                throw new RpcException(new Status(StatusCode.InvalidArgument,
                    $"level must be one of {string.Join(", ", WireNames.All<CareerLevel>())}."));
            }

            query = query.Where(agent => agent.Level == level);
        }

        if (!string.IsNullOrWhiteSpace(request.Team))
        {
            var team = request.Team.Trim();
            query = query.Where(agent => agent.Team == team);
        }

        if (!string.IsNullOrWhiteSpace(request.Skill))
        {
            var skill = request.Skill.Trim().ToLowerInvariant();
            query = query.Where(agent => agent.Skills.Contains(skill));
        }

        var total = await query.CountAsync(context.CancellationToken);
        var agents = await query.OrderBy(agent => agent.EmployeeNumber).Skip(offset).Take(pageSize).ToListAsync(context.CancellationToken);
        var reply = new ListAgentsReply
        {
            Total = total,
            NextPageToken = offset + agents.Count < total ? (offset + agents.Count).ToString(CultureInfo.InvariantCulture) : "",
        };
        reply.Agents.AddRange(agents.Select(ToMessage));
        return reply;
    }

    public override async Task<Contracts.Scheduling.V1.Agent> GetTeamLeader(GetTeamLeaderRequest request, ServerCallContext context)
    {
        var agentId = ParseAgentId(request.AgentId);
        var agent = await db.Agents.AsNoTracking().FirstOrDefaultAsync(agent => agent.Id == agentId, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"No agent has id {agentId}."));
        var team = await db.Teams.AsNoTracking().FirstOrDefaultAsync(team => team.Name == agent.Team, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"The agent's team '{agent.Team}' is not set up as a team."));
        var leader = team.LeaderId is { } leaderId
            ? await db.Agents.AsNoTracking().FirstOrDefaultAsync(candidate => candidate.Id == leaderId, context.CancellationToken)
            : null;
        return leader is null
            ? throw new RpcException(new Status(StatusCode.NotFound, $"Team '{team.Name}' has no leader."))
            : ToMessage(leader);
    }

    private static Guid ParseAgentId(string text) =>
        Guid.TryParse(text, out var agentId)
            ? agentId
            : throw new RpcException(new Status(StatusCode.InvalidArgument, $"'{text}' is not an agent id."));

    private static Contracts.Scheduling.V1.Agent ToMessage(Domain.Agent agent)
    {
        var reply = new Contracts.Scheduling.V1.Agent
        {
            AgentId = agent.Id.ToString(),
            TenantId = agent.TenantId,
            EmployeeNumber = agent.EmployeeNumber,
            DisplayName = agent.DisplayName,
            Team = agent.Team,
            Level = WireNames.Of(agent.Level),
            HiredOn = agent.HiredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        reply.Skills.AddRange(agent.Skills);
        return reply;
    }
}
