using Suite.Scheduling.Domain;
using Suite.Scheduling.Domain.Swaps;
using Suite.Scheduling.Domain.TaskLists;

namespace Suite.Scheduling.Tests;

public sealed class TaskListRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private static Agent Hire(CareerLevel level, params string[] skills) =>
        Agent.Hire(new NewAgent("CS-1", "Li Na", "Tmall", level, skills, new DateOnly(2026, 1, 5)), Now);

    [Fact]
    public void Leaders_work_their_levels_list_and_front_line_agents_their_skills()
    {
        Assert.Equal(TaskRole.Supervisor, TaskListRules.RoleOf(Hire(CareerLevel.Manager, "pre-sales")));
        Assert.Equal(TaskRole.TeamLeader, TaskListRules.RoleOf(Hire(CareerLevel.TeamLeader)));
        Assert.Equal(TaskRole.PreSales, TaskListRules.RoleOf(Hire(CareerLevel.GoldMedalCustomerService, "after-sales", "pre-sales")));
        Assert.Equal(TaskRole.AfterSales, TaskListRules.RoleOf(Hire(CareerLevel.CustomerService, "After-Sales")));
        Assert.Null(TaskListRules.RoleOf(Hire(CareerLevel.CustomerService, "tmall")));
    }

    [Fact]
    public void Items_run_in_due_time_then_order_then_entry_order()
    {
        var ordered = TaskListRules.InDayOrder([
            new TaskTemplateItem(new TimeOnly(9, 30), "c"),
            new TaskTemplateItem(new TimeOnly(9, 0), " b ", 5),
            new TaskTemplateItem(new TimeOnly(9, 0), "a", 1),
            new TaskTemplateItem(new TimeOnly(9, 0), "d"),
        ]);

        Assert.Equal(["a", "b", "d", "c"], ordered.Select(item => item.Title));
    }

    [Fact]
    public void An_item_is_late_after_its_due_time_in_the_lists_zone_until_ticked()
    {
        var template = TaskListTemplate.Create(TaskRole.PreSales,
            new TemplateDetails("Day", "Europe/Amsterdam", [new TaskTemplateItem(new TimeOnly(2, 30), "Night handover")]), Now);
        var day = new DateOnly(2026, 3, 29);
        var list = DailyChecklist.Generate(Guid.CreateVersion7(), day, template, Now);
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        var item = list.Items[0];

        // 02:30 does not exist on the spring-forward night; the item falls due when the clock reads 03:30.
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), item.DueAt(day, zone));
        Assert.False(item.IsLate(day, zone, new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero)));
        Assert.True(item.IsLate(day, zone, new DateTimeOffset(2026, 3, 29, 1, 31, 0, TimeSpan.Zero)));
        item.Tick("agent", Now);
        Assert.False(item.IsLate(day, zone, new DateTimeOffset(2026, 3, 29, 1, 31, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Templates_name_every_bad_field()
    {
        Assert.Equal(["name", "timeZone", "items"], TaskListRules.ValidateTemplate(" ", "Shanghai", []).Keys);
        Assert.Equal(["items[0].title", "items[1]"],
            TaskListRules.ValidateTemplate("Day", "Asia/Shanghai", [new TaskTemplateItem(new TimeOnly(9, 0), ""), null]).Keys);
    }

    [Fact]
    public void A_swap_moves_only_from_proposed_to_accepted_to_approved()
    {
        var swap = ShiftSwap.Propose(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), null, null, Now);

        Assert.Contains("not accepted", swap.Refusal(SwapStatus.Approved));
        swap.Accept(Now);
        Assert.NotNull(swap.Refusal(SwapStatus.Declined));
        swap.Approve("leader", Now);
        Assert.Equal((SwapStatus.Approved, false, 3), (swap.Status, swap.IsOpen, swap.Version));
        Assert.Throws<InvalidOperationException>(swap.Cancel);
    }
}
