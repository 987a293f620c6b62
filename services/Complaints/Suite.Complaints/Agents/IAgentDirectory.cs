namespace Suite.Complaints.Agents;

/// <summary>
/// Who the agents of the caller's tenant are. Scheduling owns them; Complaints only asks. Every method
/// throws (an RpcException) when the answer cannot be had, because "unknown" must not be mistaken for "none".
/// </summary>
public interface IAgentDirectory
{
    /// <summary>True when the caller's tenant has the agent.</summary>
    Task<bool> ExistsAsync(Guid agentId, CancellationToken cancellationToken);

    /// <summary>The agent's team leader; null when the agent, its team or the team's leader is not known.</summary>
    Task<Guid?> TeamLeaderOfAsync(Guid agentId, CancellationToken cancellationToken);

    /// <summary>Who worked the store's queues at that instant by the published roster.</summary>
    Task<DutyAnswer> OnDutyAsync(string storeCode, DateTimeOffset at, CancellationToken cancellationToken);
}

/// <summary>The agents on duty; <see cref="StoreKnown"/> is false when Scheduling has no such store.</summary>
public sealed record DutyAnswer(IReadOnlyList<Guid> Agents, bool StoreKnown);
