using System.Text.Json;
using Suite.Testing;

namespace Suite.SystemTests.Authorization;

/// <summary>Quality's records of the owning tenant: scorecards, conversations and their evaluation, KPIs, appraisals and the ledger.</summary>
internal sealed partial class TenantAEntities
{
    private async Task CreateQualityAsync(HttpClient client)
    {
        const string quality = "/api/quality";
        Key($"{quality}/agents/{{agentId}}", AgentId.ToString(), UnknownAgentId.ToString());
        var scorecardKey = Marker.ToLowerInvariant();
        var scorecardId = await CreatedAsync(client, $"{quality}/scorecards", new
        {
            key = scorecardKey,
            name = $"{Marker} chat standard",
            sections = new[]
            {
                new
                {
                    key = "service",
                    name = "Service",
                    criteria = new[] { new { key = "greeting", name = "Greets the buyer", weight = 10, kind = "standard", allowNotApplicable = false } },
                },
            },
        });
        Key($"{quality}/scorecards/{{id}}", scorecardId);
        Key($"{quality}/scorecards/{{key}}", scorecardKey, "sweep-no-such-scorecard");
        _readbacks.Add($"{quality}/scorecards/{scorecardKey}/versions");

        var ingested = await Send.PostAsync(client, $"{quality}/conversations/batch", new
        {
            conversations = new[]
            {
                new
                {
                    conversationId = $"{Marker}-chat-1",
                    agentId = AgentId,
                    storeCode = _storeCode,
                    channel = "chat",
                    orderReference = $"{Marker}-order",
                    csat = 5,
                    messages = new[]
                    {
                        new { role = "customer", sentAt = "2026-11-20T02:00:00Z", text = "Where is my refund?" },
                        new { role = "agent", sentAt = "2026-11-20T02:00:20Z", text = "Hello, let me check it for you right away." },
                    },
                },
            },
        });
        var conversationId = ingested.GetProperty("created")[0].GetProperty("id").GetString()!;
        Key($"{quality}/conversations/{{id}}", conversationId);
        _readbacks.Add($"{quality}/conversations/{conversationId}");

        var evaluationId = await CreatedAsync(client, $"{quality}/evaluations",
            new { conversationId, scorecardId, answers = new Dictionary<string, string> { ["greeting"] = "met" }, comment = $"{Marker} warm greeting" });
        Key($"{quality}/evaluations/{{id}}", evaluationId);

        var calibrationId = await CreatedAsync(client, $"{quality}/calibrations", new
        {
            conversationId,
            scorecardId,
            evaluatorIds = new[] { "evaluator-1", "evaluator-2" },
            referenceEvaluatorId = "evaluator-1",
        });
        Key($"{quality}/calibrations/{{id}}", calibrationId);

        var samplingId = await CreatedAsync(client, $"{quality}/sampling-runs",
            new { from = "2026-11-01", to = "2026-11-30", perAgent = 1, evaluatorIds = new[] { "evaluator-1" }, seed = 7 });
        Key($"{quality}/sampling-runs/{{id}}", samplingId);

        await Send.PostAsync(client, $"{quality}/kpis", new { code = Marker.ToLowerInvariant(), name = $"{Marker} first response", direction = "lower-is-better", aggregation = "average", target = 30, unit = "s" });
        await Send.PostAsync(client, $"{quality}/kpis/daily-figures",
            new { figures = new[] { new { agentId = AgentId, day = "2026-11-20", kpiCode = Marker.ToLowerInvariant(), value = 25 } } });
        _readbacks.Add($"{quality}/agents/{AgentId}/kpis?from=2026-11-01&to=2026-11-30");

        var appraisal = await Send.PostAsync(client, $"{quality}/appraisals", new { year = 2026, month = 11 });
        var appraisalId = appraisal.GetProperty("id").GetString()!;
        Key($"{quality}/appraisals/{{id}}", appraisalId);
        Key($"{quality}/appraisals/{{id}}/agents/{{agentId}}", AgentId.ToString(), UnknownAgentId.ToString());
        _readbacks.Add($"{quality}/appraisals/{appraisalId}");

    }

    /// <summary>The agent's appraisal ledger gets its entries from the complaint and the evaluation, through the bus.</summary>
    private async Task FindLedgerEntryAsync(HttpClient client)
    {
        var ledger = await Eventually.Get(async () =>
        {
            var page = await Send.GetAsync(client, $"/api/quality/agents/{AgentId}/ledger");
            return page.GetProperty("items").GetArrayLength() > 0 ? (object)page : null;
        }, TimeSpan.FromSeconds(60), "a ledger entry of the owning tenant's agent");
        Key("/api/quality/ledger-entries/{id}", FirstId((JsonElement)ledger));
    }
}
