using System.Diagnostics;
using System.Text.Json;

namespace Suite.Standalone.DemoCentre;

/// <summary>
/// Builds a realistic month of a contact centre through the public API: people and teams, stores and
/// queues, demand, workload, time off, weekly rosters with swaps, daily task lists, 20,000 chats with
/// their auto-QA, evaluations the agents answered, calibration, KPIs, appraisals, training and 500
/// complaints in every state with escalations, hand-offs and callbacks. Each stage is in its own file
/// (DemoCentreGenerator.*.cs).
/// </summary>
internal sealed partial class DemoCentreGenerator(SuiteApiClient api, DemoCentreTokens tokens, ProgressBar progress, TextWriter log, int seed, DateOnly today)
{
    public const int Conversations = 20_000;
    public const int Complaints = 500;

    private readonly DemoCentrePlan _plan = new(seed);
    private readonly Random _random = new(seed);
    private readonly Dictionary<string, Guid> _agentIds = [];
    private readonly List<Guid> _conversationIds = [];
    private readonly DemoCentreTokens _tokens = tokens;

    /// <summary>The first day of the month of history the centre has (today is its last day).</summary>
    private DateOnly FirstDay => today.AddDays(-29);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        await TrainingAsync(cancellationToken);
        await PeopleAsync(cancellationToken);
        await StoresAsync(cancellationToken);
        await ShiftTemplatesAsync(cancellationToken);
        await TaskListTemplatesAsync(cancellationToken);
        await DemandAsync(cancellationToken);
        await WorkloadAsync(cancellationToken);
        await TimeOffAsync(cancellationToken);
        await RostersAsync(cancellationToken);
        await SwapsAsync(cancellationToken);
        await ChecklistsAsync(cancellationToken);
        await ConversationsAsync(cancellationToken);
        await EvaluationsAsync(cancellationToken);
        await EvaluationResponsesAsync(cancellationToken);
        await CalibrationsAsync(cancellationToken);
        await KpisAsync(cancellationToken);
        await ComplaintsAsync(cancellationToken);
        await AppraisalsAsync(cancellationToken);
        log.WriteLine($"  Demo centre ready in {started.Elapsed.TotalSeconds:F0} s: {_agentIds.Count} people, {DemoCentrePlan.Stores.Length} stores, "
            + $"{_rosters.Count} weekly rosters, {_conversationIds.Count} conversations, {_evaluations.Count} evaluations, {Complaints} complaints.");
    }

    /// <summary>How many people the generator hired.</summary>
    public int People => _agentIds.Count;

    private IEnumerable<DemoAgent> FrontLine => _plan.Agents.Where(agent => agent.Level != "team-leader");

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    // string.GetHashCode differs between processes; the centre must not.
    private static int StableHash(string text)
    {
        var hash = 2_166_136_261u;
        foreach (var character in text)
        {
            hash = (hash ^ character) * 16_777_619u;
        }

        return (int)(hash & 0x7fffffff);
    }

    private static Guid IdOf(JsonElement created) => created.GetProperty("id").GetGuid();

    /// <summary>
    /// Runs the calls a few at a time: the services are the bottleneck, and this keeps them busy without
    /// flooding them. Each item gets its own random source seeded from its position, so the centre is
    /// the same for a seed whatever order the calls finish in.
    /// </summary>
    private async Task ForEachAsync<T>(string stage, IReadOnlyList<T> items, Func<T, Random, Task> call, int parallelism = 4)
    {
        progress.Start(stage, items.Count);
        var done = 0;
        var indexed = items.Select((item, index) => (item, index)).ToList();
        await Parallel.ForEachAsync(indexed, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (entry, _) =>
        {
            await call(entry.item, new Random(unchecked(seed * 1_000_003 + StableHash(stage) * 7_919 + entry.index)));
            progress.Report(Interlocked.Increment(ref done));
        });
    }
}
