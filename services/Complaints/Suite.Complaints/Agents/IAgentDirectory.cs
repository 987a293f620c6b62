namespace Suite.Complaints.Agents;

/// <summary>Who the agents of the caller's tenant are. Scheduling owns them; Complaints only asks.</summary>
public interface IAgentDirectory
{
    /// <summary>
    /// True when the caller's tenant has the agent. Throws when the answer cannot be had (the owner
    /// is unavailable or too slow), because "unknown" must not be mistaken for "no such agent".
    /// </summary>
    Task<bool> ExistsAsync(Guid agentId, CancellationToken cancellationToken);
}
