using Suite.Quality.Domain;

namespace Suite.Quality.Tests;

public sealed class ScorecardSelectionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    private static Scorecard Card(string key, int version = 1, string? channel = null, string? storeCode = null) =>
        Scorecard.Create(new NewScorecard(key, key, channel, storeCode, Scorecards.PreSales), version, Now);

    [Fact]
    public void The_stores_own_scorecard_beats_the_channels_which_beats_the_tenants()
    {
        List<Scorecard> cards = [Card("all"), Card("tmall", channel: "tmall"), Card("tm-001", channel: "tmall", storeCode: "TM-001")];

        Assert.Equal("tm-001", ScorecardSelection.Choose(cards, "TM-001", "tmall")!.Key);
        Assert.Equal("tmall", ScorecardSelection.Choose(cards, "TM-002", "tmall")!.Key);
        Assert.Equal("all", ScorecardSelection.Choose(cards, "JD-001", "jd")!.Key);
        Assert.Equal("all", ScorecardSelection.Choose(cards, "JD-001", null)!.Key);
    }

    [Fact]
    public void The_latest_version_applies_and_none_may_apply()
    {
        List<Scorecard> cards = [Card("tmall", 1, channel: "tmall"), Card("tmall", 3, channel: "tmall"), Card("tmall", 2, channel: "tmall")];

        Assert.Equal(3, ScorecardSelection.Choose(cards, "TM-001", "tmall")!.Version);
        Assert.Null(ScorecardSelection.Choose(cards, "JD-001", "jd"));
    }
}
