using System.Globalization;
using System.Text.Json.Nodes;

namespace Suite.Bench.Load;

/// <summary>
/// One unit of a tenant's data, the same for the same unit number: 200 agents in 10 teams, 20 courses, 1,000
/// complaints (each naming one of the unit's agents, so Complaints asks Scheduling about it) and 1,000 chat
/// conversations of 6 to 12 messages (each inspected by auto-QA as it is stored). 1x is one unit, 10x ten.
/// A divisor shrinks every count alike, for a quick run that keeps the proportions.
/// </summary>
internal sealed class DataUnit(int unit, int divisor)
{
    private const int ConversationsPerBatch = 100;

    public int AgentCount => 200 / divisor;

    public int CourseCount => 20 / divisor;

    public int ComplaintCount => 1_000 / divisor;

    public int ConversationCount => 1_000 / divisor;

    private static readonly string[] Stores = ["tmall-flagship", "jd-outlet", "douyin-live", "pdd-store", "tmall-kids"];
    private static readonly string[] ComplaintCategories = ["product-quality", "logistics", "service-attitude", "pricing-or-listing-error", "refund-or-compensation", "other"];
    private static readonly string[] CourseCategories = ["pre-sales", "after-sales", "platform-rules-and-red-lines", "kpis-and-performance", "product-knowledge"];
    private static readonly string[] CustomerLines = ["Where is my parcel?", "我的快递到哪里了？", "The size is wrong, can I exchange it?", "这个颜色有现货吗？", "I want a refund."];
    private static readonly string[] AgentLines = ["您好，很高兴为您服务。", "Let me check the order for you.", "已为您加急处理。", "I have arranged the exchange.", "感谢您的耐心等待，祝您生活愉快！"];

    private readonly Random _random = new(unit);
    private readonly DateTimeOffset _start = new DateTimeOffset(2026, 11, 1, 1, 0, 0, TimeSpan.Zero).AddHours(unit);

    public List<JsonObject> Agents() => [.. Enumerable.Range(0, AgentCount).Select(index => new JsonObject
    {
        ["employeeNumber"] = $"L{unit:D3}-{index:D4}",
        ["displayName"] = $"Load Agent {unit}-{index}",
        ["team"] = $"Team {index % 10}",
        ["level"] = "customer-service",
        ["skills"] = new JsonArray(index % 2 == 0 ? "after-sales" : "pre-sales"),
        ["hiredOn"] = "2026-10-01",
    })];

    public List<JsonObject> Courses() => [.. Enumerable.Range(0, CourseCount).Select(index => new JsonObject
    {
        ["title"] = $"Course {unit}-{index}",
        ["category"] = CourseCategories[index % CourseCategories.Length],
        ["description"] = "Reception flow, returns and the platform's red lines.",
    })];

    public List<JsonObject> Complaints(IReadOnlyList<string> agents) => [.. Enumerable.Range(0, ComplaintCount).Select(index => new JsonObject
    {
        ["agentId"] = agents[_random.Next(agents.Count)],
        ["channel"] = index % 3 == 0 ? "phone" : "chat",
        ["platform"] = "tmall",
        ["storeCode"] = Stores[index % Stores.Length],
        ["customerReference"] = $"buyer-{unit}-{_random.Next(1, 600)}",
        ["orderReference"] = $"order-{unit}-{index}",
        ["category"] = ComplaintCategories[_random.Next(ComplaintCategories.Length)],
        ["description"] = "Parcel stuck for a week and nobody answered the chat.",
        ["attachments"] = new JsonArray(),
    })];

    public List<JsonObject> ConversationBatches(IReadOnlyList<string> agents) =>
        [.. Enumerable.Range(0, ConversationCount).Chunk(ConversationsPerBatch).Select(chunk => new JsonObject
        {
            ["conversations"] = new JsonArray([.. chunk.Select(index => (JsonNode)Conversation(index, agents[_random.Next(agents.Count)]))]),
        })];

    private JsonObject Conversation(int index, string agent)
    {
        var sentAt = _start.AddMinutes(index);
        var messages = new JsonArray();
        var count = _random.Next(6, 13);
        for (var message = 0; message < count; message++)
        {
            var fromCustomer = message % 2 == 0;
            sentAt = sentAt.AddSeconds(_random.Next(5, fromCustomer ? 90 : 200));
            messages.Add(new JsonObject
            {
                ["role"] = fromCustomer ? "customer" : "agent",
                ["sentAt"] = sentAt.ToString("O", CultureInfo.InvariantCulture),
                ["text"] = fromCustomer ? CustomerLines[_random.Next(CustomerLines.Length)] : AgentLines[_random.Next(AgentLines.Length)],
            });
        }

        return new JsonObject
        {
            ["conversationId"] = $"load-{unit}-{index}",
            ["agentId"] = agent,
            ["storeCode"] = Stores[index % Stores.Length],
            ["channel"] = "chat",
            ["orderReference"] = $"order-{unit}-{index}",
            ["csat"] = _random.Next(1, 6),
            ["messages"] = messages,
        };
    }
}
