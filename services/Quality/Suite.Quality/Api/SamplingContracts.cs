using Suite.Quality.Domain;

namespace Suite.Quality.Api;

/// <summary>
/// from and to are UTC days, both included. perAgent random conversations per agent; every targeted one
/// besides (red-line hits, CSAT at or below lowCsatAtMost, a complaint against the agent at that store
/// in the period). seed repeats an earlier draw; left out, one is chosen and returned.
/// </summary>
public sealed record SamplingRunRequest(DateOnly? From, DateOnly? To, int? PerAgent, int? LowCsatAtMost, List<string?>? EvaluatorIds, int? Seed);

public sealed record SampledConversationResponse(Guid ConversationId, Guid AgentId, string StoreCode, IReadOnlyList<string> Reasons, string EvaluatorId);

/// <summary>The random sample and the targeted conversations, reported apart.</summary>
public sealed record SamplingRunResponse(
    Guid Id,
    DateOnly From,
    DateOnly To,
    int PerAgent,
    int? LowCsatAtMost,
    IReadOnlyList<string> EvaluatorIds,
    int Seed,
    DateTimeOffset CreatedAt,
    IReadOnlyList<SampledConversationResponse> Random,
    IReadOnlyList<SampledConversationResponse> Targeted)
{
    public static SamplingRunResponse Of(SamplingRun run) => new(
        run.Id, run.From, run.To, run.PerAgent, run.LowCsatAtMost, run.EvaluatorIds, run.Seed, run.CreatedAt,
        ItemsOf(run, SampleKind.Random), ItemsOf(run, SampleKind.Targeted));

    private static List<SampledConversationResponse> ItemsOf(SamplingRun run, SampleKind kind) =>
        run.Items.Where(item => item.Kind == kind)
            .OrderBy(item => item.AgentId).ThenBy(item => item.StoreCode, StringComparer.Ordinal).ThenBy(item => item.ConversationId)
            .Select(item => new SampledConversationResponse(
                item.ConversationId, item.AgentId, item.StoreCode,
                item.Reasons.Length == 0 ? [] : item.Reasons.Split(','), item.EvaluatorId))
            .ToList();
}
