using Suite.Contracts;
using Suite.Contracts.Scheduling.V1;
using Suite.Quality.Domain;

namespace Suite.Quality.Peers;

/// <summary>An agent of the centre as Scheduling knows them; a level Quality does not know is null.</summary>
public sealed record RosterAgent(Guid AgentId, string Team, CareerLevel? Level, DateOnly? HiredOn);

/// <summary>
/// Every agent of the caller's tenant, asked of Scheduling over gRPC with the caller's token. When
/// Scheduling does not answer, the RpcException goes up unchanged: the request becomes a 503 and
/// nothing has been written.
/// </summary>
public sealed class CentreRoster(SchedulingService.SchedulingServiceClient scheduling)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    public Task<List<RosterAgent>> ListAsync(CancellationToken cancellationToken) => ListAsync("", cancellationToken);

    /// <summary>The agents of one team (exact name), or of the whole centre for an empty name.</summary>
    public async Task<List<RosterAgent>> ListAsync(string team, CancellationToken cancellationToken) =>
        (await scheduling.ListEveryAgentAsync(team, Deadline, cancellationToken)).Select(From).ToList();

    private static RosterAgent From(Agent agent) => new(
        Guid.Parse(agent.AgentId),
        agent.Team,
        WireNames.TryParse<CareerLevel>(agent.Level, out var level) ? level : null,
        agent.HiredOnDate);
}
