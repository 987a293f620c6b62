namespace Suite.Standalone.DemoCentre;

internal sealed partial class DemoCentreGenerator
{
    private static readonly (string Title, string Category, string Lesson)[] Courses =
    [
        ("售前接待与促成", "pre-sales", "# 售前接待\n\n- 30 秒内首次响应\n- 先确认需求，再推荐商品\n- 主动告知优惠与发货时效"),
        ("售后处理流程", "after-sales", "# 售后流程\n\n1. 安抚情绪\n2. 核实订单与问题\n3. 给出方案并跟进到底"),
        ("平台规则与红线", "platform-rules-and-red-lines", "# 红线\n\n- 禁止引导站外交易（微信、QQ、电话）\n- 禁止极限用语（最、第一、国家级）\n- 禁止辱骂、怼客户"),
        ("KPI 与绩效", "kpis-and-performance", "# 核心指标\n\n首响时间、平均响应时间、3 分钟响应率、询单转化率、客单价、满意度。"),
        ("产品知识：当季新品", "product-knowledge", "# 当季新品\n\n材质、尺码、洗护说明与常见问题。"),
        ("情绪管理与抗压", "soft-skills-and-emotional-resilience", "# 情绪管理\n\n面对差评与投诉时的自我调节与话术。"),
    ];

    // Courses with courseware and a quiz, and the default onboarding path set up before anyone is
    // hired, so every hire is enrolled in it by Training's AgentHired consumer.
    private async Task TrainingAsync(CancellationToken cancellationToken)
    {
        var courseIds = new List<Guid>();
        progress.Start("Writing courses", Courses.Length);
        foreach (var (title, category, lesson) in Courses)
        {
            var course = IdOf(await api.PostAsync("/api/training/courses", new { title, category, description = $"{title}：新人必修" }, cancellationToken));
            await api.PostAsync($"/api/training/courses/{course}/versions", new { lessons = new[] { new { title, markdown = lesson, attachments = Array.Empty<string>() } }, changeNote = "首版" }, cancellationToken);
            await api.PostAsync($"/api/training/courses/{course}/questions", new { kind = "true-false", text = "可以引导顾客加微信完成交易。", correctValue = false }, cancellationToken);
            await api.PostAsync($"/api/training/courses/{course}/questions", new { kind = "true-false", text = "首次响应应尽量控制在 30 秒以内。", correctValue = true }, cancellationToken);
            await api.PostAsync($"/api/training/courses/{course}/questions", new
            {
                kind = "single-choice", text = "顾客投诉商品破损，第一步应该：", options = new[] { "安抚情绪并致歉", "让顾客找快递", "直接退款不沟通" }, correctOptions = new[] { 0 },
            }, cancellationToken);
            await api.PutAsync($"/api/training/courses/{course}/assessment", new { questionsPerAttempt = 3, timeLimitMinutes = 15, maxAttempts = 3, passMarkPercent = 67, certificationValidityDays = 180 }, cancellationToken);
            courseIds.Add(course);
            progress.Report(courseIds.Count);
        }

        var onboarding = IdOf(await api.PostAsync("/api/training/learning-paths", new { name = "新人入职培训", kind = "onboarding", dueAfterDays = 30, description = "入职 30 天内完成", isDefaultOnboarding = true }, cancellationToken));
        await api.PutAsync($"/api/training/learning-paths/{onboarding}/courses", new { courseIds = courseIds.Take(4) }, cancellationToken);
        var advanced = IdOf(await api.PostAsync("/api/training/learning-paths", new { name = "金牌客服进阶", kind = "advanced", dueAfterDays = 60, description = "资深客服持续提升", isDefaultOnboarding = false }, cancellationToken));
        await api.PutAsync($"/api/training/learning-paths/{advanced}/courses", new { courseIds = courseIds.Skip(3) }, cancellationToken);
    }
}
