using System.Globalization;
using Suite.Contracts;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Scheduling.V1;
using Suite.Scheduling.Data;
using Suite.Scheduling.Domain;
using Suite.Scheduling.Domain.Rostering;
using Suite.Scheduling.Domain.Stores;
using Suite.ServiceDefaults.Paging;

namespace Suite.Scheduling.Grpc;

/// <summary>Answers other services' questions about agents and who was on duty, inside the caller's tenant.</summary>
[Authorize]
public sealed class SchedulingGrpcService(SchedulingDbContext db) : SchedulingService.SchedulingServiceBase
{
    public override async Task<Contracts.Scheduling.V1.Agent> GetAgent(GetAgentRequest request, ServerCallContext context)
    {
        var agentId = ParseAgentId(request.AgentId);
        var agent = await db.Agents.AsNoTracking().FirstOrDefaultAsync(agent => agent.Id == agentId, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"No agent has id {agentId}."));
        return ToMessage(agent);
    }

    public override async Task<ListAgentsReply> ListAgents(ListAgentsRequest request, ServerCallContext context)
    {
        var pageSize = request.PageSize == 0 ? PageRequest.DefaultPageSize : request.PageSize;
        if (pageSize is < 1 or > PageRequest.MaxPageSize)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"page_size must be between 1 and {PageRequest.MaxPageSize}."));
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

    public override async Task<WhoWasOnDutyReply> WhoWasOnDuty(WhoWasOnDutyRequest request, ServerCallContext context)
    {
        var at = ParseInstant(request.At);
        var code = StoreRules.NormaliseCode(request.StoreCode);
        var store = await db.Stores.AsNoTracking().FirstOrDefaultAsync(store => store.Code == code, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"No store has code '{request.StoreCode}'."));
        var queueIds = await db.Queues.AsNoTracking().Where(queue => queue.StoreId == store.Id).Select(queue => queue.Id).ToListAsync(context.CancellationToken);
        var published = db.Rosters.Where(roster => roster.Status == RosterStatus.Published).Select(roster => roster.Id);
        var onShift = await db.RosterAssignments.AsNoTracking()
            .Where(assignment => queueIds.Contains(assignment.QueueId) && published.Contains(assignment.RosterId)
                && assignment.Start <= at && assignment.End > at)
            .ToListAsync(context.CancellationToken);
        // Breaks are stored with the shift, so they are judged here rather than in the query.
        var agentIds = onShift.Where(assignment => assignment.Shift.IsWorking(at)).Select(assignment => assignment.AgentId).Distinct().ToList();
        var agents = await db.Agents.AsNoTracking().Where(agent => agentIds.Contains(agent.Id)).OrderBy(agent => agent.EmployeeNumber)
            .ToListAsync(context.CancellationToken);
        var reply = new WhoWasOnDutyReply();
        reply.Agents.AddRange(agents.Select(ToMessage));
        return reply;
    }

    /// <summary>An ISO 8601 instant that names its offset (or Z); a local time without one would be a guess.</summary>
    private static DateTimeOffset ParseInstant(string text) =>
        DateTimeOffset.TryParseExact(
            text, ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mmzzz"],
            CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant.ToUniversalTime()
            : throw new RpcException(new Status(StatusCode.InvalidArgument, $"at must be an ISO 8601 instant with an offset, e.g. 2026-11-26T10:15:00+08:00; '{text}' is not."));

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
