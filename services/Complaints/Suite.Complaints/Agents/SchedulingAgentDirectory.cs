using Grpc.Core;
using Suite.Contracts.Scheduling.V1;

namespace Suite.Complaints.Agents;

/// <summary>Asks Scheduling over gRPC, with the caller's token, so the answer is about the caller's tenant.</summary>
internal sealed class SchedulingAgentDirectory(SchedulingService.SchedulingServiceClient scheduling) : IAgentDirectory
{
    /// <summary>
    /// Filing a complaint waits for this answer, so a Scheduling that does not give it in time is
    /// reported as unavailable (503) instead of holding the caller through every retry.
    /// </summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    public async Task<bool> ExistsAsync(Guid agentId, CancellationToken cancellationToken)
    {
        try
        {
            // gRPC measures deadlines on the system clock, so this one cannot come from the injected TimeProvider.
            await scheduling.GetAgentAsync(
                new GetAgentRequest { AgentId = agentId.ToString() },
                deadline: DateTime.UtcNow.Add(Deadline),
                cancellationToken: cancellationToken);
            return true;
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.NotFound)
        {
            return false;
        }
    }
}
