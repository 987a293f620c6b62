using Suite.Quality.Domain;

namespace Suite.Quality.Tests;

public sealed class KpiRulesTests
{
    [Theory]
    [InlineData(KpiDirection.HigherIsBetter, 1000, 800, 0.8, 200)]
    [InlineData(KpiDirection.HigherIsBetter, 1000, 1200, 1.2, 0)]
    [InlineData(KpiDirection.LowerIsBetter, 30, 45, 0.6667, 15)]
    [InlineData(KpiDirection.LowerIsBetter, 30, 20, 1.5, 0)]
    public void Attainment_and_shortfall_follow_the_direction(KpiDirection direction, int target, int actual, double attainment, int shortfall)
    {
        var result = KpiRules.Attain("k", "K", direction, target, actual);

        Assert.Equal((decimal)attainment, result.Attainment);
        Assert.Equal(shortfall, result.Shortfall);
        Assert.Equal(shortfall == 0, result.Met);
    }

    [Fact]
    public void A_perfect_zero_on_a_lower_is_better_kpi_is_met_and_no_figure_is_not_judged()
    {
        var zero = KpiRules.Attain("k", "K", KpiDirection.LowerIsBetter, 30, 0);
        var none = KpiRules.Attain("k", "K", KpiDirection.HigherIsBetter, 30, null);

        Assert.Equal((null, 0m, true), (zero.Attainment, zero.Shortfall, zero.Met));
        Assert.Equal((null, null, null, (bool?)null), (none.Actual, none.Attainment, none.Shortfall, none.Met));
    }

    [Fact]
    public void Daily_figures_add_up_or_average()
    {
        Assert.Equal(6m, KpiRules.Aggregate(KpiAggregation.Sum, [1m, 2m, 3m]));
        Assert.Equal(0.3333m, KpiRules.Aggregate(KpiAggregation.Average, [0m, 0m, 1m]));
        Assert.Null(KpiRules.Aggregate(KpiAggregation.Sum, []));
    }

    [Fact]
    public void A_kpi_is_validated_field_by_field()
    {
        Assert.Empty(KpiRules.Validate("sales-volume", new KpiDraft("销售额", KpiDirection.HigherIsBetter, KpiAggregation.Sum, 1000)));
        Assert.Equal(["aggregation", "code", "direction", "name", "target"],
            KpiRules.Validate("Sales Volume", new KpiDraft(" ", null, null, 0)).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Figures_name_every_problem_and_derived_kpis_cannot_be_fed()
    {
        var agent = Guid.CreateVersion7();
        var day = new DateOnly(2026, 11, 11);
        HashSet<string> fed = ["sales-volume"];

        var errors = KpiRules.ValidateFigures(
        [
            new KpiFigureDraft(agent, day, "sales-volume", 100),
            new KpiFigureDraft(null, null, "first-response-seconds", null),
            new KpiFigureDraft(agent, day, "made-up", 1),
            null,
            new KpiFigureDraft(agent, day, " sales-volume ", 5),
        ], fed);

        Assert.Equal(
            ["figures[1].agentId", "figures[1].day", "figures[1].kpiCode", "figures[1].value", "figures[2].kpiCode", "figures[3]", "figures[4]"],
            errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("measured from the conversations", errors["figures[1].kpiCode"][0]);
        Assert.Equal(["figures"], KpiRules.ValidateFigures([], fed).Keys);
    }

    [Fact]
    public void Kpis_are_measured_from_conversations_pooled_over_the_period()
    {
        var measured = AutoQaKpis.Measure(
        [
            new ConversationFigures(475, 317.5, 2, 1, 2, 3, 5),
            new ConversationFigures(30, 30, 1, 1, 2, 1, null),
            new ConversationFigures(null, null, 0, 0, 0, 2, 1),
        ]);

        Assert.Equal(3m, measured[KpiRules.ReceptionCount]);
        Assert.Equal(252.5m, measured[KpiRules.FirstResponseSeconds]);
        // Each conversation's average weighs as many times as it has answered blocks: (317.5 x 2 + 30) / 3.
        Assert.Equal(221.6667m, measured[KpiRules.AverageResponseSeconds]);
        Assert.Equal(0.6667m, measured[KpiRules.ResponseRate]);
        Assert.Equal(0.6667m, measured[KpiRules.QuestionAnswerRatio]);
        Assert.Equal(3m, measured[KpiRules.Csat]);
        Assert.All(AutoQaKpis.Measure([]).Where(kpi => kpi.Key != KpiRules.ReceptionCount), kpi => Assert.Null(kpi.Value));
    }
}
