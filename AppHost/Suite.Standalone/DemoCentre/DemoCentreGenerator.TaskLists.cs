namespace Suite.Standalone.DemoCentre;

internal sealed partial class DemoCentreGenerator
{
    // Each post's day from logging in to handing over, as centres write their 日清 down: the time an
    // item is due by and what it is (logging in, sharing out the night's offline messages, chasing
    // unpaid orders, registering product problems, the leaders' spot checks and reports).
    private static readonly (string Role, string Name, (string Due, string Title)[] Items)[] TaskTemplates =
    [
        ("pre-sales", "售前日清", [
            ("08:00", "上号并检查各店铺账号状态"), ("08:15", "分配并回复隔夜离线留言"), ("08:30", "熟悉当日活动、优惠券与主推款"),
            ("09:00", "正式开始接待"), ("12:00", "核对上午未回复咨询"), ("17:00", "跟进未付款订单（催付）"),
            ("21:00", "登记当日问题商品与顾客反馈"), ("23:30", "交接班并填写个人日报"),
        ]),
        ("after-sales", "售后日清", [
            ("08:00", "上号并检查售后工作台"), ("08:30", "处理隔夜退款、退货申请"), ("10:00", "核查异常物流订单并联系快递"),
            ("14:00", "跟进差评与投诉回访"), ("16:00", "登记问题商品并同步产品部"), ("22:00", "整理未完结售后工单并交接"),
        ]),
        ("team-leader", "组长日清", [
            ("08:00", "检查组员上号情况"), ("09:30", "晨会：当日目标与活动重点"), ("11:00", "抽检组员聊天记录"),
            ("15:00", "查看首响时间与3分钟响应率"), ("18:00", "处理组内升级的投诉与差评"), ("22:30", "汇总组内日报"),
        ]),
        ("supervisor", "主管日清", [
            ("09:00", "查看前一日核心数据与店铺健康度"), ("10:00", "确认排班与人员调配"), ("14:00", "协调产品部、设计部反馈的问题"),
            ("16:00", "安排质检抽查与培训"), ("21:00", "审阅各组日报并提交主管日报"),
        ]),
    ];

    /// <summary>The centre's own today (Asia/Shanghai), which the task lists and their lateness are about.</summary>
    private static DateOnly CentreToday(DateTimeOffset now) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(CentreTimeZone)).DateTime);

    private async Task TaskListTemplatesAsync(CancellationToken cancellationToken)
    {
        progress.Start("Writing daily task lists", TaskTemplates.Length);
        var written = 0;
        foreach (var (role, name, items) in TaskTemplates)
        {
            await api.PutAsync($"/api/scheduling/task-lists/templates/{role}", new
            {
                name,
                timeZone = CentreTimeZone,
                items = items.Select((item, order) => new { dueTime = item.Due, title = item.Title, order }),
            }, cancellationToken);
            progress.Report(++written);
        }
    }

    // The lists of everyone on a shift yesterday and today (the centre's days) and of the supervisors.
    // What is due by now has mostly been ticked by its owner; a few items were forgotten and show as
    // late, and the odd diligent agent has ticked something ahead of time. Yesterday is there because
    // in the centre's small hours nothing of today is due yet.
    private async Task ChecklistsAsync(CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var centreToday = CentreToday(now);
        var byId = _plan.Agents.Concat(_plan.Management).ToDictionary(agent => _agentIds[agent.EmployeeNumber]);
        var supervisors = _plan.Management.Where(person => person.Level == "supervisor").Select(person => _agentIds[person.EmployeeNumber]);
        var lists = new[] { centreToday.AddDays(-1), centreToday }
            .SelectMany(day => _rosters.SelectMany(roster => roster.Shifts).Where(shift => shift.Day == day).Select(shift => shift.AgentId)
                .Concat(supervisors)
                .Distinct()
                .Select(id => byId[id])
                .OrderBy(person => person.EmployeeNumber, StringComparer.Ordinal)
                .Select(person => (Day: day, Person: person)))
            .ToList();
        await ForEachAsync("Opening the task lists", lists, async (list, random) =>
        {
            var (day, person) = list;
            var agentId = _agentIds[person.EmployeeNumber];
            var path = $"/api/scheduling/task-lists/agents/{agentId}/days/{day:yyyy-MM-dd}";
            var checklist = await api.PostAsync(path, new { }, cancellationToken);
            var conscientious = random.NextDouble();
            foreach (var item in checklist.GetProperty("items").EnumerateArray())
            {
                var due = item.GetProperty("dueAt").GetDateTimeOffset() <= now;
                if (due ? random.NextDouble() < 0.55 + 0.4 * conscientious : random.NextDouble() < 0.05)
                {
                    await api.PutAsync($"{path}/items/{IdOf(item)}/done", new { }, cancellationToken,
                        person.Level == "supervisor" ? null : AgentToken(person));
                }
            }
        });
    }
}
