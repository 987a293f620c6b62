namespace Suite.Training.Agents;

/// <summary>An agent as Scheduling knows them: what Training's team views and reports need.</summary>
public sealed record DirectoryAgent(Guid Id, string DisplayName, string Team, DateOnly? HiredOn);

/// <summary>
/// Who the agents of the caller's tenant are and which team each is in. Scheduling owns agents and teams;
/// Training only asks. Every method throws when the answer cannot be had (Scheduling unavailable or too
/// slow), because "unknown" must not be mistaken for "no such agent" or "an empty team".
/// </summary>
public interface IAgentDirectory
{
    /// <summary>Every agent of the tenant, or only those of <paramref name="team"/> (its exact name) when given.</summary>
    Task<IReadOnlyList<DirectoryAgent>> ListAsync(string? team, CancellationToken cancellationToken);

    /// <summary>Null when the tenant has no such agent.</summary>
    Task<DirectoryAgent?> FindAsync(Guid agentId, CancellationToken cancellationToken);
}
