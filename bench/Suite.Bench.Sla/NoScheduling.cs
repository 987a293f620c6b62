using Suite.Complaints.Agents;

namespace Suite.Bench.Sla;

/// <summary>
/// Stands in for Scheduling, so the figures are the clock's own and not a network's. The generated
/// complaints name no agent, so the runner never asks; answering keeps a stray question from failing.
/// </summary>
internal sealed class NoScheduling : IAgentDirectory
{
    public Task<bool> ExistsAsync(Guid agentId, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task<Guid?> TeamLeaderOfAsync(Guid agentId, CancellationToken cancellationToken) => Task.FromResult<Guid?>(null);

    public Task<DutyAnswer> OnDutyAsync(string storeCode, DateTimeOffset at, CancellationToken cancellationToken) =>
        Task.FromResult(new DutyAnswer([], StoreKnown: true));
}
