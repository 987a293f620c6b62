using System.Globalization;
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

    /// <summary>The largest page Scheduling gives; fewer round trips for a big centre.</summary>
    private const int PageSize = 200;

    public async Task<IReadOnlyList<DirectoryAgent>> ListAsync(string? team, CancellationToken cancellationToken)
    {
        var agents = new List<DirectoryAgent>();
        var request = new ListAgentsRequest { Team = team ?? "", PageSize = PageSize };
        do
        {
            // gRPC measures deadlines on the system clock, so this one cannot come from the injected TimeProvider.
            var reply = await scheduling.ListAgentsAsync(request, deadline: DateTime.UtcNow.Add(Deadline), cancellationToken: cancellationToken);
            agents.AddRange(reply.Agents.Select(From));
            request.PageToken = reply.NextPageToken;
        }
        while (request.PageToken.Length > 0);

        return agents;
    }

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
        DateOnly.TryParseExact(agent.HiredOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var hiredOn) ? hiredOn : null);
}
