namespace Suite.Standalone.DemoCentre;

internal sealed record ChatLine(string Role, DateTimeOffset SentAt, string Text);

/// <summary>
/// Writes plausible shop chats in Chinese: a buyer's question, the agent's greeting and answers, a
/// close. A few agents are slow, skip the greeting, or cross a red line (sending the buyer to WeChat,
/// absolute advertising terms, rudeness), so auto-QA and the QA queue have something real to find.
/// </summary>
internal static class ChatScript
{
    private static readonly string[] PreSalesQuestions =
        ["这款有现货吗？", "请问什么时候发货？", "这个尺码偏大还是偏小？", "有优惠券可以用吗？", "可以开发票吗？", "这个颜色和图片一样吗？", "包邮吗？"];

    private static readonly string[] AfterSalesQuestions =
        ["我的快递三天了还没到", "收到的商品有破损", "我想申请退货", "退款什么时候到账？", "少发了一件", "安装说明书在哪里下载？", "商品和描述不符"];

    private static readonly string[] Answers =
        ["我这边帮您查询一下，请稍等", "已经为您登记，仓库今天会处理", "亲，这款是标准尺码，建议按平时穿的选", "可以的，下单时备注开票信息就好",
         "已为您申请补发，单号稍后同步给您", "退款会在1到3个工作日原路退回", "给您带来不便非常抱歉，我们马上处理"];

    private static readonly string[] FollowUps = ["好的", "那大概要多久？", "可以快一点吗？", "谢谢", "明白了"];

    private static readonly string[] RedLines = ["加我微信私聊，给你便宜", "我们是全网最低价", "爱买不买", "这是最好的一款，国家级品质"];

    public static IReadOnlyList<ChatLine> Write(Random random, string line, DateTimeOffset start, out int? csat)
    {
        var chat = new List<ChatLine>();
        var now = start;
        var slowAgent = random.NextDouble() < 0.12;
        var crossesRedLine = random.NextDouble() < 0.04;
        var questions = line == "after-sales" ? AfterSalesQuestions : PreSalesQuestions;

        chat.Add(new ChatLine("customer", now, $"你好，{questions[random.Next(questions.Length)]}"));
        if (random.NextDouble() < 0.3)
        {
            now = now.AddSeconds(5 + random.Next(30));
            chat.Add(new ChatLine("customer", now, "在吗？"));
        }

        now = now.AddSeconds(slowAgent ? 150 + random.Next(240) : 5 + random.Next(40));
        chat.Add(new ChatLine("agent", now, random.NextDouble() < 0.9 ? "您好，欢迎光临，很高兴为您服务" : "说"));

        var exchanges = 1 + random.Next(4);
        for (var exchange = 0; exchange < exchanges; exchange++)
        {
            now = now.AddSeconds(10 + random.Next(60));
            chat.Add(new ChatLine("agent", now, Answers[random.Next(Answers.Length)]));
            now = now.AddSeconds(20 + random.Next(120));
            chat.Add(new ChatLine("customer", now, FollowUps[random.Next(FollowUps.Length)]));
            now = now.AddSeconds(slowAgent ? 100 + random.Next(200) : 5 + random.Next(50));
            chat.Add(new ChatLine("agent", now, crossesRedLine && exchange == exchanges - 1 ? RedLines[random.Next(RedLines.Length)] : "好的亲，还有其他可以帮您的吗？"));
        }

        now = now.AddSeconds(10 + random.Next(30));
        chat.Add(new ChatLine("agent", now, "感谢您的耐心，祝您生活愉快，再见"));

        var satisfaction = 5 - (slowAgent ? 1 + random.Next(2) : random.Next(2)) - (crossesRedLine ? 2 : 0);
        csat = random.NextDouble() < 0.45 ? Math.Clamp(satisfaction, 1, 5) : null;
        return chat;
    }
}
