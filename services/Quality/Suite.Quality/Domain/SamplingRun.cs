using Suite.ServiceDefaults.Data;

namespace Suite.Quality.Domain;

/// <summary>One draw of spot checks over a period (UTC days, both included), kept with its seed so it can be explained.</summary>
public sealed class SamplingRun : ITenantOwned
{
    private SamplingRun()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public int PerAgent { get; private set; }

    public int? LowCsatAtMost { get; private set; }

    public List<string> EvaluatorIds { get; private set; } = [];

    public int Seed { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public List<SampledItem> Items { get; private set; } = [];

    public static SamplingRun Record(DateOnly from, DateOnly to, SamplingPlan plan, IEnumerable<SampledConversation> sample, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        From = from,
        To = to,
        PerAgent = plan.PerAgent,
        LowCsatAtMost = plan.LowCsatAtMost,
        EvaluatorIds = [.. plan.EvaluatorIds],
        Seed = plan.Seed,
        CreatedAt = now,
        Items = sample.Select(item => new SampledItem(item)).ToList(),
    };

    public static Dictionary<string, string[]> ValidatePeriod(DateOnly? from, DateOnly? to)
    {
        var errors = new Dictionary<string, string[]>();
        if (from is null)
        {
            errors["from"] = ["from is required (yyyy-MM-dd)."];
        }

        if (to is null)
        {
            errors["to"] = ["to is required (yyyy-MM-dd)."];
        }
        else if (from is not null && from > to)
        {
            errors["from"] = ["from must be on or before to."];
        }

        return errors;
    }
}

/// <summary>A conversation drawn by a sampling run. Reasons are stored comma-separated: a fixed, short vocabulary.</summary>
public sealed class SampledItem
{
    private SampledItem()
    {
    }

    internal SampledItem(SampledConversation sampled)
    {
        ConversationId = sampled.ConversationId;
        AgentId = sampled.AgentId;
        StoreCode = sampled.StoreCode;
        Kind = sampled.Kind;
        Reasons = string.Join(',', sampled.Reasons);
        EvaluatorId = sampled.EvaluatorId;
    }

    public Guid ConversationId { get; private set; }

    public Guid AgentId { get; private set; }

    public string StoreCode { get; private set; } = "";

    public SampleKind Kind { get; private set; }

    public string Reasons { get; private set; } = "";

    public string EvaluatorId { get; private set; } = "";
}
