namespace Suite.Scheduling.Domain.Workload;

/// <summary>
/// Seed 003: switching between stores costs attention, so every store an agent serves counts as a fixed
/// number of extra receptions. 200 receptions across 6 stores at 20 each is 320, above a maximum of 300.
/// </summary>
public static class MultiStoreWorkload
{
    public const int DefaultPerStoreOverhead = 20;

    public static int EffectiveLoad(int receptions, int storesServed, int perStoreOverhead) =>
        receptions + storesServed * perStoreOverhead;

    /// <summary>One agent's day from its per-store reception figures.</summary>
    public static AgentDayLoad Assess(Guid agentId, DateOnly date, IEnumerable<StoreReceptions> figures, int perStoreOverhead, int? maxDailyReceptions)
    {
        var perStore = figures.GroupBy(figure => figure.Store, StringComparer.OrdinalIgnoreCase).ToList();
        var receptions = perStore.Sum(store => store.Sum(figure => figure.Receptions));
        var stores = perStore.Count;
        var load = EffectiveLoad(receptions, stores, perStoreOverhead);
        return new AgentDayLoad(
            agentId,
            date,
            receptions,
            stores,
            load,
            maxDailyReceptions,
            maxDailyReceptions is { } max && load > max,
            maxDailyReceptions is { } limit ? limit - EffectiveLoad(receptions, stores + 1, perStoreOverhead) : null);
    }

    /// <summary>
    /// Who should take <paramref name="store"/> on a day: agents ranked by what would remain of their maximum
    /// with that store added (its overhead counts only if they do not serve it yet), most room first. Ranking by
    /// actual receptions alone would keep loading multi-store agents who look idle but are not (seed 003).
    /// Agents without a maximum cannot be judged and are left out.
    /// </summary>
    public static List<StoreCandidate> RankForStore(
        string store, IEnumerable<AgentDay> agents, int perStoreOverhead)
    {
        var wanted = ReceptionRules.NormaliseStore(store);
        return agents
            .Where(agent => agent.MaxDailyReceptions is not null)
            .Select(agent =>
            {
                var stores = agent.Figures.Select(figure => ReceptionRules.NormaliseStore(figure.Store)).Distinct().ToList();
                var receptions = agent.Figures.Sum(figure => figure.Receptions);
                var current = EffectiveLoad(receptions, stores.Count, perStoreOverhead);
                var servesAlready = stores.Contains(wanted);
                var withStore = servesAlready ? current : current + perStoreOverhead;
                return new StoreCandidate(agent.AgentId, servesAlready, current, withStore, agent.MaxDailyReceptions!.Value,
                    agent.MaxDailyReceptions.Value - withStore);
            })
            .OrderByDescending(candidate => candidate.Headroom).ThenBy(candidate => candidate.AgentId)
            .ToList();
    }

    /// <summary>Every agent's every day in the figures, busiest first within a day.</summary>
    public static List<AgentDayLoad> Report(
        IEnumerable<ReceptionFigure> figures, IReadOnlyDictionary<Guid, int?> maxDailyReceptions, int perStoreOverhead) =>
        figures
            .GroupBy(figure => (figure.AgentId, figure.Date))
            .Select(day => Assess(
                day.Key.AgentId, day.Key.Date, day.Select(figure => new StoreReceptions(figure.Store, figure.Receptions)),
                perStoreOverhead, maxDailyReceptions.GetValueOrDefault(day.Key.AgentId)))
            .OrderBy(load => load.Date).ThenByDescending(load => load.EffectiveLoad).ThenBy(load => load.AgentId)
            .ToList();
}

public sealed record StoreReceptions(string Store, int Receptions);

/// <summary>An agent's figures for one day (none when it has not received anyone yet).</summary>
public sealed record AgentDay(Guid AgentId, int? MaxDailyReceptions, IReadOnlyList<StoreReceptions> Figures);

/// <summary>How an agent's day would look with one more store; a negative headroom means it would be overloaded.</summary>
public sealed record StoreCandidate(
    Guid AgentId, bool ServesStoreAlready, int EffectiveLoad, int EffectiveLoadWithStore, int MaxDailyReceptions, int Headroom);

public sealed record ReceptionFigure(Guid AgentId, DateOnly Date, string Store, int Receptions);

/// <summary>
/// An agent's load on one day. <see cref="HeadroomWithAnotherStore"/> is what would remain of the maximum
/// if the agent were also given one more store, before it took a single reception there: a planner
/// assigning stores gives the next one to agents with headroom, not to those with few actual receptions.
/// </summary>
public sealed record AgentDayLoad(
    Guid AgentId,
    DateOnly Date,
    int Receptions,
    int StoresServed,
    int EffectiveLoad,
    int? MaxDailyReceptions,
    bool Overloaded,
    int? HeadroomWithAnotherStore);
