namespace Suite.Quality.Tests;

/// <summary>Request bodies for the ingestion API, as an integrator would send them.</summary>
public static class TranscriptBatches
{
    public static readonly DateTimeOffset Start = new(2026, 11, 11, 10, 10, 15, TimeSpan.FromHours(8));

    public static object Message(string role, int secondsAfterStart, string text) =>
        new { role, sentAt = Start.AddSeconds(secondsAfterStart), text };

    /// <summary>The example: 0/1 then 1/2 within three minutes, with a greeting, a closing and no red line.</summary>
    public static object Courteous(string conversationId, Guid agentId, string storeCode = "TM-001") => new
    {
        conversationId,
        agentId,
        storeCode,
        channel = "tmall",
        orderReference = "ORDER-" + conversationId,
        csat = 5,
        messages = new[]
        {
            Message("customer", 0, "在吗?这款有货吗"),
            Message("customer", 305, "人呢"),
            Message("agent", 475, "您好,有货的亲"),
            Message("customer", 495, "好的,那我下单了"),
            Message("agent", 525, "感谢您的支持,祝您生活愉快"),
        },
    };

    /// <summary>An agent who promises the lowest price and hands out a phone number.</summary>
    public static object CrossingRedLines(string conversationId, Guid agentId) => new
    {
        conversationId,
        agentId,
        storeCode = "JD-007",
        messages = new[]
        {
            Message("customer", 0, "能便宜点吗"),
            Message("agent", 30, "您好,我们是全网最低价"),
            Message("agent", 40, "有问题打我电话13812345678"),
        },
    };

    public static object Batch(params object[] conversations) => new { conversations };
}
