using Grpc.Core;
using Suite.Contracts.Scheduling.V1;

namespace Suite.Complaints.Agents;

/// <summary>Asks Scheduling over gRPC, with the caller's token (or the service's own), so the answer is about the right tenant.</summary>
internal sealed class SchedulingAgentDirectory(SchedulingService.SchedulingServiceClient scheduling, ServiceIdentity identity) : IAgentDirectory
{
    /// <summary>
    /// Filing a complaint waits for these answers, so a Scheduling that does not give one in time is
    /// reported as unavailable (503) instead of holding the caller through every retry.
    /// </summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    public async Task<bool> ExistsAsync(Guid agentId, CancellationToken cancellationToken)
    {
        try
        {
            await scheduling.GetAgentAsync(new GetAgentRequest { AgentId = agentId.ToString() }, Options(cancellationToken));
            return true;
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.NotFound)
        {
            return false;
        }
    }

    public async Task<Guid?> TeamLeaderOfAsync(Guid agentId, CancellationToken cancellationToken)
    {
        if (!identity.Available)
        {
            // Without a token Scheduling would refuse every time and the escalation would wait forever;
            // it goes to the team-leader role instead, without naming the person.
            return null;
        }

        try
        {
            var leader = await scheduling.GetTeamLeaderAsync(new GetTeamLeaderRequest { AgentId = agentId.ToString() }, Options(cancellationToken));
            return Guid.TryParse(leader.AgentId, out var leaderId) ? leaderId : null;
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<DutyAnswer> OnDutyAsync(string storeCode, DateTimeOffset at, CancellationToken cancellationToken)
    {
        try
        {
            var reply = await scheduling.WhoWasOnDutyAsync(
                new WhoWasOnDutyRequest { StoreCode = storeCode, At = at.ToString("O") }, Options(cancellationToken));
            return new DutyAnswer(
                reply.Agents.Select(agent => Guid.TryParse(agent.AgentId, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList(),
                StoreKnown: true);
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.NotFound)
        {
            return new DutyAnswer([], StoreKnown: false);
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.Unimplemented)
        {
            // A Scheduling deployed before it could answer this is, for the caller, a Scheduling that cannot answer yet.
            throw new RpcException(new Status(StatusCode.Unavailable, "Scheduling cannot yet say who was on duty; nothing was filed. Name the agent instead, or try again later."), exception.Trailers);
        }
    }

    // gRPC measures deadlines on the system clock, so this one cannot come from the injected TimeProvider.
    private CallOptions Options(CancellationToken cancellationToken) =>
        new(headers: identity.Headers(), deadline: DateTime.UtcNow.Add(Deadline), cancellationToken: cancellationToken);
}
