using System.Collections.Concurrent;
using Grpc.Core;
using Suite.Training.Agents;

namespace Suite.Training.Tests;

/// <summary>
/// Scheduling's agents as the tests set them up, in place of the gRPC call; it can also play a Scheduling
/// that is down. (SchedulingDirectoryTests cover the real client against a real Scheduling.)
/// </summary>
internal sealed class FakeAgentDirectory : IAgentDirectory
{
    private readonly ConcurrentDictionary<Guid, DirectoryAgent> _agents = new();

    public bool Unavailable { get; set; }

    public DirectoryAgent Add(string team = "Tmall after-sales", DateOnly? hiredOn = null, Guid? id = null)
    {
        var agentId = id ?? Guid.CreateVersion7();
        var agent = new DirectoryAgent(agentId, $"Agent {agentId.ToString()[^4..]}", team, hiredOn ?? TrainingHost.HiredOn);
        _agents[agentId] = agent;
        return agent;
    }

    public Task<IReadOnlyList<DirectoryAgent>> ListAsync(string? team, CancellationToken cancellationToken)
    {
        ThrowIfDown();
        return Task.FromResult<IReadOnlyList<DirectoryAgent>>(
            _agents.Values.Where(agent => team is null || agent.Team == team).OrderBy(agent => agent.Id).ToList());
    }

    public Task<DirectoryAgent?> FindAsync(Guid agentId, CancellationToken cancellationToken)
    {
        ThrowIfDown();
        return Task.FromResult(_agents.GetValueOrDefault(agentId));
    }

    private void ThrowIfDown()
    {
        if (Unavailable)
        {
            throw new RpcException(new Status(StatusCode.Unavailable, "Scheduling is not answering."));
        }
    }
}
