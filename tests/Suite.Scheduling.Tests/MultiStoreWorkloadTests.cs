using Suite.Scheduling.Domain.Workload;

namespace Suite.Scheduling.Tests;

public sealed class MultiStoreWorkloadTests
{
    private static readonly DateOnly Day = new(2026, 11, 25);
    private static readonly Guid XiaoMing = Guid.CreateVersion7();
    private static readonly Guid XiaoHong = Guid.CreateVersion7();

    /// <summary>Seed 003: 200 actual receptions across six stores.</summary>
    private static List<StoreReceptions> SixStores() =>
        [new("tmall", 50), new("taobao", 40), new("jd", 40), new("pinduoduo", 30), new("douyin", 20), new("youzan", 20)];

    [Fact]
    public void The_seed_example_is_320_against_300_and_overloaded()
    {
        var load = MultiStoreWorkload.Assess(XiaoMing, Day, SixStores(), MultiStoreWorkload.DefaultPerStoreOverhead, 300);

        Assert.Equal((200, 6, 320, true), (load.Receptions, load.StoresServed, load.EffectiveLoad, load.Overloaded));
        Assert.Equal(-40, load.HeadroomWithAnotherStore);
    }

    [Fact]
    public void Exactly_at_the_maximum_is_not_overloaded()
    {
        var load = MultiStoreWorkload.Assess(XiaoMing, Day, [new("tmall", 280)], 20, 300);

        Assert.Equal((300, false, -20), (load.EffectiveLoad, load.Overloaded, load.HeadroomWithAnotherStore));
    }

    [Fact]
    public void The_same_actual_receptions_in_one_store_leave_room()
    {
        var load = MultiStoreWorkload.Assess(XiaoMing, Day, [new("tmall", 200)], 20, 300);

        Assert.Equal((220, false, 60), (load.EffectiveLoad, load.Overloaded, load.HeadroomWithAnotherStore));
    }

    [Fact]
    public void The_overhead_is_configurable_and_zero_means_actual_receptions()
    {
        Assert.Equal(230, MultiStoreWorkload.Assess(XiaoMing, Day, SixStores(), 5, 300).EffectiveLoad);
        Assert.Equal(200, MultiStoreWorkload.EffectiveLoad(200, 6, 0));
    }

    [Fact]
    public void Without_a_maximum_an_agent_is_never_called_overloaded()
    {
        var load = MultiStoreWorkload.Assess(XiaoMing, Day, SixStores(), 20, null);

        Assert.Equal((320, false, (int?)null), (load.EffectiveLoad, load.Overloaded, load.HeadroomWithAnotherStore));
    }

    [Fact]
    public void Store_names_differing_only_in_case_are_one_store()
    {
        var load = MultiStoreWorkload.Assess(XiaoMing, Day, [new("Tmall", 10), new("tmall", 5)], 20, 300);

        Assert.Equal((15, 1, 35), (load.Receptions, load.StoresServed, load.EffectiveLoad));
    }

    [Fact]
    public void The_report_has_one_line_per_agent_and_day_busiest_first()
    {
        var figures = SixStores().Select(store => new ReceptionFigure(XiaoMing, Day, store.Store, store.Receptions))
            .Append(new ReceptionFigure(XiaoHong, Day, "tmall", 250))
            .Append(new ReceptionFigure(XiaoMing, Day.AddDays(1), "tmall", 100))
            .ToList();

        var report = MultiStoreWorkload.Report(figures, new Dictionary<Guid, int?> { [XiaoMing] = 300, [XiaoHong] = 300 }, 20);

        Assert.Equal(
            [(XiaoMing, Day, 320, true), (XiaoHong, Day, 270, false), (XiaoMing, Day.AddDays(1), 120, false)],
            report.Select(load => (load.AgentId, load.Date, load.EffectiveLoad, load.Overloaded)));
    }

    [Fact]
    public void A_store_goes_first_to_the_agent_with_most_room_after_its_overhead_not_the_fewest_receptions()
    {
        var quiet = Guid.CreateVersion7();
        var candidates = MultiStoreWorkload.RankForStore("Tmall", [
            new AgentDay(XiaoMing, 300, SixStores()),
            new AgentDay(XiaoHong, 300, [new StoreReceptions("jd", 230)]),
            new AgentDay(quiet, 300, []),
            new AgentDay(Guid.CreateVersion7(), null, []),
        ], 20);

        Assert.Equal([quiet, XiaoHong, XiaoMing], candidates.Select(candidate => candidate.AgentId));
        Assert.Equal((0, 20, 280), (candidates[0].EffectiveLoad, candidates[0].EffectiveLoadWithStore, candidates[0].Headroom));
        Assert.Equal((250, 270, 30), (candidates[1].EffectiveLoad, candidates[1].EffectiveLoadWithStore, candidates[1].Headroom));
        Assert.Equal((true, 320, -20), (candidates[2].ServesStoreAlready, candidates[2].EffectiveLoadWithStore, candidates[2].Headroom));
    }

    [Fact]
    public void Reception_figures_name_every_bad_line()
    {
        var errors = ReceptionRules.Validate(Day, [
            new ReceptionFigureInput(XiaoMing, "tmall", 10),
            new ReceptionFigureInput(XiaoMing, " TMALL ", 5),
            new ReceptionFigureInput(null, "", -1),
            null,
        ], Day);

        Assert.Equal(["figures[1]", "figures[2].agentId", "figures[2].receptions", "figures[2].store", "figures[3]"], errors.Keys.Order());
    }

    [Fact]
    public void Figures_need_a_past_date_and_at_least_one_line()
    {
        Assert.Equal(["date", "figures"], ReceptionRules.Validate(Day.AddDays(5), [], Day).Keys.Order());
        Assert.Equal(["date"], ReceptionRules.Validate(default, [new ReceptionFigureInput(XiaoMing, "jd", 1)], Day).Keys);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(-1)]
    [InlineData(1001)]
    public void The_overhead_must_be_given_and_in_range(int? overhead) =>
        Assert.Equal(["perStoreOverhead"], ReceptionRules.ValidateOverhead(overhead).Keys);
}
