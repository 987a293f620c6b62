using Grpc.Core;
using Suite.Contracts.Scheduling.V1;

namespace Suite.Training.Agents;

/// <summary>Asks Scheduling over gRPC, with the caller's token, so every answer is about the caller's tenant.</summary>
internal sealed class SchedulingAgentDirectory(SchedulingService.SchedulingServiceClient scheduling) : IAgentDirectory
{
    /// <summary>
    /// A report waits for these answers, so a Scheduling that does not give one in time is reported as
    /// unavailable (503) instead of holding the caller through every retry.
    /// </summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    public async Task<IReadOnlyList<DirectoryAgent>> ListAsync(string? team, CancellationToken cancellationToken) =>
        (await scheduling.ListEveryAgentAsync(team ?? "", Deadline, cancellationToken)).Select(From).ToList();

    public async Task<DirectoryAgent?> FindAsync(Guid agentId, CancellationToken cancellationToken)
    {
        try
        {
            return From(await scheduling.GetAgentAsync(
                new GetAgentRequest { AgentId = agentId.ToString() },
                deadline: DateTime.UtcNow.Add(Deadline),
                cancellationToken: cancellationToken));
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.NotFound)
        {
            return null;
        }
    }

    private static DirectoryAgent From(Agent agent) => new(
        Guid.Parse(agent.AgentId),
        agent.DisplayName,
        agent.Team,
        agent.HiredOnDate);
}
