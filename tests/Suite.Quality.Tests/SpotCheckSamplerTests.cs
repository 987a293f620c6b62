using Suite.Quality.Domain;

namespace Suite.Quality.Tests;

public sealed class SpotCheckSamplerTests
{
    private static readonly Guid Agent1 = Guid.CreateVersion7();
    private static readonly Guid Agent2 = Guid.CreateVersion7();

    private static SamplingCandidate Candidate(Guid agentId, string store, int? csat = null, bool redLine = false, bool complaint = false) =>
        new(Guid.CreateVersion7(), agentId, store, csat, redLine, complaint);

    private static IEnumerable<SamplingCandidate> Many(Guid agentId, string store, int count) =>
        Enumerable.Range(0, count).Select(_ => Candidate(agentId, store));

    private static SamplingPlan Plan(int perAgent = 4, int? lowCsat = 2, int seed = 7, params string[] evaluators) =>
        new(perAgent, lowCsat, evaluators.Length == 0 ? ["qa-1"] : evaluators, seed);

    [Fact]
    public void Targeted_conversations_are_all_drawn_apart_from_the_random_sample_with_their_reasons()
    {
        var redLine = Candidate(Agent1, "S1", redLine: true);
        var lowCsat = Candidate(Agent1, "S1", csat: 2);
        var both = Candidate(Agent1, "S2", csat: 1, complaint: true, redLine: true);
        var satisfied = Candidate(Agent1, "S1", csat: 3);
        List<SamplingCandidate> candidates = [redLine, lowCsat, both, satisfied, .. Many(Agent1, "S1", 10)];

        var sample = SpotCheckSampler.Draw(candidates, Plan());

        var targeted = sample.Where(item => item.Kind == SampleKind.Targeted).ToDictionary(item => item.ConversationId);
        Assert.Equal(3, targeted.Count);
        Assert.Equal([SpotCheckSampler.RedLine], targeted[redLine.ConversationId].Reasons);
        Assert.Equal([SpotCheckSampler.LowCsat], targeted[lowCsat.ConversationId].Reasons);
        Assert.Equal([SpotCheckSampler.RedLine, SpotCheckSampler.LowCsat, SpotCheckSampler.Complaint], targeted[both.ConversationId].Reasons);
        var random = sample.Where(item => item.Kind == SampleKind.Random).ToList();
        Assert.Equal(4, random.Count);
        Assert.All(random, item => Assert.Empty(item.Reasons));
        Assert.DoesNotContain(random, item => targeted.ContainsKey(item.ConversationId));
    }

    [Fact]
    public void The_random_sample_is_n_per_agent_stratified_by_store()
    {
        List<SamplingCandidate> candidates = [.. Many(Agent1, "S1", 5), .. Many(Agent1, "S2", 3), .. Many(Agent1, "S3", 2), .. Many(Agent2, "S1", 8), .. Many(Agent2, "S2", 2)];

        var sample = SpotCheckSampler.Draw(candidates, Plan(perAgent: 4));

        // Agent 1: 4 x (5, 3, 2) / 10 = 2, 1.2, 0.8: the remainder goes to S3. Agent 2: 4 x (8, 2) / 10 = 3.2, 0.8.
        Assert.Equal([("S1", 2), ("S2", 1), ("S3", 1)], PerStore(sample, Agent1));
        Assert.Equal([("S1", 3), ("S2", 1)], PerStore(sample, Agent2));
    }

    private static List<(string, int)> PerStore(List<SampledConversation> sample, Guid agentId) =>
        sample.Where(item => item.AgentId == agentId).GroupBy(item => item.StoreCode).OrderBy(store => store.Key)
            .Select(store => (store.Key, store.Count())).ToList();

    [Fact]
    public void An_agent_with_fewer_conversations_than_n_has_them_all_drawn()
    {
        var sample = SpotCheckSampler.Draw([.. Many(Agent1, "S1", 2), .. Many(Agent1, "S2", 1)], Plan(perAgent: 5));

        Assert.Equal(3, sample.Count);
    }

    [Fact]
    public void The_same_seed_draws_the_same_sample_and_another_seed_usually_not()
    {
        List<SamplingCandidate> candidates = [.. Many(Agent1, "S1", 50)];

        var first = SpotCheckSampler.Draw(candidates, Plan(perAgent: 5, seed: 1)).Select(item => item.ConversationId).ToList();
        var again = SpotCheckSampler.Draw(candidates, Plan(perAgent: 5, seed: 1)).Select(item => item.ConversationId).ToList();
        var other = SpotCheckSampler.Draw(candidates, Plan(perAgent: 5, seed: 2)).Select(item => item.ConversationId).ToList();

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Evaluators_get_the_drawn_conversations_in_turn()
    {
        List<SamplingCandidate> candidates = [.. Many(Agent1, "S1", 10), .. Many(Agent2, "S1", 10), Candidate(Agent2, "S2", redLine: true)];

        var sample = SpotCheckSampler.Draw(candidates, Plan(perAgent: 3, evaluators: ["qa-1", "qa-2"]));

        Assert.Equal(7, sample.Count);
        Assert.Equal([("qa-1", 4), ("qa-2", 3)], sample.CountBy(item => item.EvaluatorId).OrderBy(load => load.Key).Select(load => (load.Key, load.Value)));
    }

    [Fact]
    public void Allocation_is_proportional_with_remainders_to_the_largest_fractions()
    {
        Assert.Equal(new Dictionary<string, int> { ["a"] = 2, ["b"] = 1, ["c"] = 1 },
            SpotCheckSampler.Allocate(new Dictionary<string, int> { ["a"] = 5, ["b"] = 3, ["c"] = 2 }, 4));
        Assert.Equal(new Dictionary<string, int> { ["a"] = 1, ["b"] = 1 },
            SpotCheckSampler.Allocate(new Dictionary<string, int> { ["a"] = 1, ["b"] = 1 }, 2));
        // Equal fractions: the store code decides.
        Assert.Equal(new Dictionary<string, int> { ["a"] = 1, ["b"] = 0 },
            SpotCheckSampler.Allocate(new Dictionary<string, int> { ["a"] = 2, ["b"] = 2 }, 1));
    }

    [Fact]
    public void A_plan_is_validated_field_by_field()
    {
        Assert.Empty(SpotCheckSampler.Validate(5, 2, ["qa-1"]));
        Assert.Empty(SpotCheckSampler.Validate(5, null, ["qa-1"]));
        Assert.Equal(["evaluatorIds", "lowCsatAtMost", "perAgent"],
            SpotCheckSampler.Validate(0, 5, ["qa-1", "qa-1"]).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["evaluatorIds", "perAgent"], SpotCheckSampler.Validate(null, null, null).Keys.Order(StringComparer.Ordinal));
    }
}
