namespace Suite.Quality.Domain;

/// <summary>A conversation of the period that may be drawn for a spot check, with what makes it a target.</summary>
public sealed record SamplingCandidate(Guid ConversationId, Guid AgentId, string StoreCode, int? Csat, bool HasRedLineHits, bool HasComplaint);

public enum SampleKind
{
    Random = 1,
    Targeted,
}

/// <summary>A drawn conversation, why it was drawn, and who evaluates it.</summary>
public sealed record SampledConversation(Guid ConversationId, Guid AgentId, string StoreCode, SampleKind Kind, IReadOnlyList<string> Reasons, string EvaluatorId);

/// <summary>
/// N random conversations per agent, plus every targeted one; lowCsatAtMost (when given) targets CSAT at
/// or below it. The seed makes a draw repeatable.
/// </summary>
public sealed record SamplingPlan(int PerAgent, int? LowCsatAtMost, IReadOnlyList<string> EvaluatorIds, int Seed);

/// <summary>
/// Draws the conversations for spot checks. Targeted conversations (red-line hits, low CSAT, a complaint
/// against the agent at that store) are all drawn and reported apart; they are not part of the random
/// sample, so the random sample still says what an ordinary chat of the agent looks like. The random N
/// per agent is stratified by store: each store gets its share of N in proportion to the agent's
/// conversations there (largest remainder), then conversations are drawn at random within each store.
/// Evaluators are assigned in turn, each next conversation to the least-loaded one.
/// </summary>
public static class SpotCheckSampler
{
    public const string RedLine = "red-line";
    public const string LowCsat = "low-csat";
    public const string Complaint = "complaint";
    public const int MaxPerAgent = 100;

    public static Dictionary<string, string[]> Validate(int? perAgent, int? lowCsatAtMost, IReadOnlyList<string?>? evaluatorIds)
    {
        var errors = new Dictionary<string, string[]>();
        if (perAgent is not (>= 1 and <= MaxPerAgent))
        {
            errors["perAgent"] = [$"perAgent is required, 1 to {MaxPerAgent}."];
        }

        if (lowCsatAtMost is < TranscriptRules.MinCsat or >= TranscriptRules.MaxCsat)
        {
            errors["lowCsatAtMost"] = [$"lowCsatAtMost, when given, is {TranscriptRules.MinCsat} to {TranscriptRules.MaxCsat - 1}."];
        }

        if (evaluatorIds is null || evaluatorIds.Count == 0 || evaluatorIds.Any(string.IsNullOrWhiteSpace)
            || evaluatorIds.Distinct().Count() != evaluatorIds.Count || evaluatorIds.Any(id => id!.Length > CalibrationSession.MaxEvaluatorIdLength))
        {
            errors["evaluatorIds"] = ["evaluatorIds must name at least one evaluator, each once."];
        }

        return errors;
    }

    public static List<SampledConversation> Draw(IReadOnlyList<SamplingCandidate> candidates, SamplingPlan plan)
    {
        var random = new Random(plan.Seed);
        var drawn = new List<(SamplingCandidate Candidate, SampleKind Kind, IReadOnlyList<string> Reasons)>();
        foreach (var agent in candidates.GroupBy(candidate => candidate.AgentId).OrderBy(agent => agent.Key))
        {
            var ordered = agent.OrderBy(candidate => candidate.ConversationId).ToList();
            var ordinary = new List<SamplingCandidate>();
            foreach (var candidate in ordered)
            {
                var reasons = ReasonsToTarget(candidate, plan);
                if (reasons.Count > 0)
                {
                    drawn.Add((candidate, SampleKind.Targeted, reasons));
                }
                else
                {
                    ordinary.Add(candidate);
                }
            }

            drawn.AddRange(DrawStratified(ordinary, plan.PerAgent, random).Select(candidate => (candidate, SampleKind.Random, (IReadOnlyList<string>)[])));
        }

        var load = plan.EvaluatorIds.ToDictionary(evaluator => evaluator, _ => 0);
        return drawn.Select(item =>
        {
            var evaluator = plan.EvaluatorIds.MinBy(evaluator => load[evaluator])!;
            load[evaluator]++;
            return new SampledConversation(item.Candidate.ConversationId, item.Candidate.AgentId, item.Candidate.StoreCode, item.Kind, item.Reasons, evaluator);
        }).ToList();
    }

    /// <summary>How many of <paramref name="total"/> each store gets: proportional, remainders to the largest fractions (then store code).</summary>
    public static Dictionary<string, int> Allocate(IReadOnlyDictionary<string, int> conversationsPerStore, int total)
    {
        var all = conversationsPerStore.Values.Sum();
        if (all <= total)
        {
            return conversationsPerStore.ToDictionary();
        }

        var shares = conversationsPerStore
            .Select(store => (Store: store.Key, Exact: (double)total * store.Value / all))
            .ToList();
        var allocation = shares.ToDictionary(share => share.Store, share => (int)Math.Floor(share.Exact));
        var left = total - allocation.Values.Sum();
        foreach (var share in shares.OrderByDescending(share => share.Exact - Math.Floor(share.Exact)).ThenBy(share => share.Store, StringComparer.Ordinal).Take(left))
        {
            allocation[share.Store]++;
        }

        return allocation;
    }

    private static List<string> ReasonsToTarget(SamplingCandidate candidate, SamplingPlan plan)
    {
        var reasons = new List<string>();
        if (candidate.HasRedLineHits)
        {
            reasons.Add(RedLine);
        }

        if (plan.LowCsatAtMost is { } low && candidate.Csat <= low)
        {
            reasons.Add(LowCsat);
        }

        if (candidate.HasComplaint)
        {
            reasons.Add(Complaint);
        }

        return reasons;
    }

    private static IEnumerable<SamplingCandidate> DrawStratified(List<SamplingCandidate> ordinary, int perAgent, Random random)
    {
        var byStore = ordinary.GroupBy(candidate => candidate.StoreCode).OrderBy(store => store.Key, StringComparer.Ordinal).ToList();
        var allocation = Allocate(byStore.ToDictionary(store => store.Key, store => store.Count()), perAgent);
        foreach (var store in byStore)
        {
            var pool = store.ToArray();
            random.Shuffle(pool);
            foreach (var candidate in pool.Take(allocation[store.Key]))
            {
                yield return candidate;
            }
        }
    }
}
