using System.Text.Json;

namespace Suite.Standalone.DemoCentre;

/// <summary>An evaluation the generator made, for the agents to acknowledge or dispute.</summary>
internal sealed record DemoEvaluation(Guid Id, Guid AgentId, Guid ConversationId, bool CrossedRedLine);

internal sealed partial class DemoCentreGenerator
{
    private const int ConversationsPerBatch = 1_000;

    private readonly List<(Guid Id, bool Flagged)> _ingested = [];
    private readonly List<DemoEvaluation> _evaluations = [];
    private readonly Dictionary<Guid, Guid> _chatAgents = [];
    private Guid _scorecardId;

    // A month of chats spread over the agents and their stores, in batches as an integrator would send
    // them; auto-QA inspects each one as it is stored.
    private async Task ConversationsAsync(CancellationToken cancellationToken)
    {
        var agents = FrontLine.ToList();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(CentreTimeZone);
        var batches = Enumerable.Range(0, Conversations / ConversationsPerBatch).ToList();
        await ForEachAsync("Ingesting conversations", batches, async (batch, random) =>
        {
            var conversations = new List<object>();
            var agentsByChat = new Dictionary<string, Guid>();
            for (var n = 0; n < ConversationsPerBatch; n++)
            {
                var agent = agents[random.Next(agents.Count)];
                var store = agent.Team.Stores[random.Next(agent.Team.Stores.Length)];
                var local = FirstDay.AddDays(random.Next(30)).ToDateTime(new TimeOnly(8 + random.Next(15), random.Next(60), random.Next(60)));
                var start = new DateTimeOffset(local, zone.GetUtcOffset(local));
                var chat = ChatScript.Write(random, agent.Team.Line, start, out var csat);
                var conversationId = $"demo-{batch * ConversationsPerBatch + n + 1:D6}";
                agentsByChat[conversationId] = _agentIds[agent.EmployeeNumber];
                conversations.Add(new
                {
                    conversationId,
                    agentId = _agentIds[agent.EmployeeNumber],
                    storeCode = store.Code,
                    channel = "chat",
                    orderReference = random.NextDouble() < 0.6 ? $"{store.Platform[..2].ToUpperInvariant()}{random.NextInt64(100_000_000, 999_999_999)}" : null,
                    csat,
                    messages = chat.Select(message => new { role = message.Role, sentAt = message.SentAt, text = message.Text }),
                });
            }

            var answer = await api.PostAsync("/api/quality/conversations/batch", new { conversations }, cancellationToken);
            lock (_ingested)
            {
                foreach (var created in answer.GetProperty("created").EnumerateArray())
                {
                    _ingested.Add((created.GetProperty("id").GetGuid(), created.GetProperty("flaggedForReview").GetBoolean()));
                    _chatAgents[created.GetProperty("id").GetGuid()] = agentsByChat[created.GetProperty("conversationId").GetString()!];
                }
            }
        }, parallelism: 1);
        _conversationIds.AddRange(_ingested.Select(conversation => conversation.Id));
    }

    // A chat scorecard, and team leaders evaluating a sample: flagged chats first (that is what the QA
    // queue is for), then random ones. Answers follow what auto-QA saw, with some evaluator judgement.
    private async Task EvaluationsAsync(CancellationToken cancellationToken)
    {
        var scorecard = await api.PostAsync("/api/quality/scorecards", new
        {
            key = "chat-standard",
            name = "Chat service standard",
            channel = "chat",
            sections = new object[]
            {
                new { key = "opening", name = "Opening", criteria = new object[]
                {
                    new { key = "greeting", name = "Greets the buyer", weight = 10, kind = "standard", allowNotApplicable = false },
                    new { key = "response-speed", name = "Answers within 3 minutes", weight = 20, kind = "standard", allowNotApplicable = false },
                } },
                new { key = "solution", name = "Solution", criteria = new object[]
                {
                    new { key = "accurate", name = "Accurate answer", weight = 40, kind = "standard", allowNotApplicable = false },
                    new { key = "follow-up", name = "Offers further help", weight = 20, kind = "standard", allowNotApplicable = true },
                    new { key = "upsell", name = "Recommends a matching product", weight = 5, kind = "bonus", allowNotApplicable = false },
                } },
                new { key = "compliance", name = "Compliance", criteria = new object[]
                {
                    new { key = "no-red-line", name = "No red line crossed", weight = 10, kind = "critical", allowNotApplicable = false, criticalScope = "evaluation" },
                } },
            },
        }, cancellationToken);
        var scorecardId = IdOf(scorecard);

        var consoleAgent = _agentIds[ConsoleAgent.EmployeeNumber];
        var ownChats = _ingested.Where(conversation => _chatAgents[conversation.Id] == consoleAgent).Take(3).ToList();
        var sample = ownChats
            .Concat(_ingested.Except(ownChats).Where(conversation => conversation.Flagged).Take(400 - ownChats.Count))
            .Concat(_ingested.Except(ownChats).Where(conversation => !conversation.Flagged).Take(200)).ToList();
        var evaluated = new Dictionary<Guid, DemoEvaluation>();
        await ForEachAsync("Evaluating conversations", sample, async (conversation, random) =>
        {
            var detail = await api.GetAsync($"/api/quality/conversations/{conversation.Id}", cancellationToken);
            var autoQa = detail.GetProperty("autoQa");
            var crossed = autoQa.GetProperty("redLineHits").GetArrayLength() > 0;
            var rate = autoQa.GetProperty("responseTimes").GetProperty("responseRate");
            var answers = new Dictionary<string, string>
            {
                ["greeting"] = autoQa.GetProperty("greetingPresent").GetBoolean() ? "met" : "not-met",
                ["response-speed"] = rate.ValueKind == JsonValueKind.Number && rate.GetDouble() >= 0.99 ? "met" : "not-met",
                ["accurate"] = random.NextDouble() < 0.85 ? "met" : "not-met",
                ["follow-up"] = random.NextDouble() < 0.8 ? "met" : "not-applicable",
                ["upsell"] = random.NextDouble() < 0.2 ? "met" : "not-met",
                ["no-red-line"] = crossed ? "not-met" : "met",
            };
            var evaluation = await api.PostAsync("/api/quality/evaluations", new { conversationId = conversation.Id, scorecardId, answers, comment = crossed ? "红线：请复习平台规则" : null }, cancellationToken);
            lock (evaluated)
            {
                evaluated[conversation.Id] = new DemoEvaluation(IdOf(evaluation), evaluation.GetProperty("agentId").GetGuid(), conversation.Id, crossed);
            }
        });

        // In the order of the sample, whatever order the calls finished in, so the later stages pick the same ones.
        _evaluations.AddRange(sample.Select(conversation => evaluated[conversation.Id]));
        _scorecardId = scorecardId;
    }

    // The centre's KPIs with their targets. Response times and CSAT are measured by Quality from the
    // chats; conversion and sales come from the shops, fed daily per agent. Each agent has a personal
    // level around which the days vary, so the appraisal has real gaps to find.
    private async Task KpisAsync(CancellationToken cancellationToken)
    {
        var kpis = new[]
        {
            (Code: "conversion-rate", Name: "Conversion rate", Direction: "higher-is-better", Aggregation: "average", Target: 0.35, Typical: 0.33, Spread: 0.12),
            (Code: "sales-volume", Name: "Sales volume (CNY)", Direction: "higher-is-better", Aggregation: "sum", Target: 250_000.0, Typical: 9_000.0, Spread: 4_000.0),
        };
        var measured = new[]
        {
            (Code: "first-response-seconds", Name: "First response time (s)", Direction: "lower-is-better", Aggregation: "average", Target: 20.0),
            (Code: "csat", Name: "Customer satisfaction", Direction: "higher-is-better", Aggregation: "average", Target: 4.6),
        };
        foreach (var kpi in kpis.Select(kpi => (kpi.Code, kpi.Name, kpi.Direction, kpi.Aggregation, kpi.Target)).Concat(measured))
        {
            await api.PostAsync("/api/quality/kpis", new { code = kpi.Code, name = kpi.Name, direction = kpi.Direction, aggregation = kpi.Aggregation, target = kpi.Target }, cancellationToken);
        }

        // From the first of last month, so last month's appraisal weighs a whole month of figures.
        var from = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var days = Enumerable.Range(0, today.DayNumber - from.DayNumber + 1).Select(offset => from.AddDays(offset)).ToList();
        var agents = FrontLine.ToList();
        var personal = agents.ToDictionary(agent => agent.EmployeeNumber, _ => kpis.Select(_ => _random.NextDouble() * 2 - 1).ToArray());
        await ForEachAsync("Feeding KPI figures", days, async (day, random) =>
        {
            var figures = new List<object>();
            foreach (var agent in agents)
            {
                for (var k = 0; k < kpis.Length; k++)
                {
                    var kpi = kpis[k];
                    var value = kpi.Typical + kpi.Spread * (0.6 * personal[agent.EmployeeNumber][k] + 0.4 * (random.NextDouble() * 2 - 1));
                    figures.Add(new { agentId = _agentIds[agent.EmployeeNumber], day, kpiCode = kpi.Code, value = Math.Round(Math.Max(0, value), kpi.Code == "sales-volume" ? 0 : 2) });
                }
            }

            await api.PostAsync("/api/quality/kpis/daily-figures", new { figures }, cancellationToken);
        }, parallelism: 1);
    }
}
