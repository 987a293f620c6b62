using Suite.Quality.Domain;

namespace Suite.Quality.Tests;

public sealed class AppraisalCalculatorTests
{
    private static readonly AppraisalPolicy Policy = new(
        KpiWeight: 50, QaWeight: 40, TrainingWeight: 10, PointsPerUpheldComplaint: 5, PacesetterTopPercent: 25,
        Promotion: new PromotionRule(MinimumScore: 85, MaxUpheldComplaints: 0, RequiresTraining: true));

    private static KpiAttainment Kpi(string code, KpiDirection direction, decimal target, decimal? actual) =>
        KpiRules.Attain(code, code, direction, target, actual);

    private static AppraisalInput Agent(string team, decimal? qa, int complaints = 0, bool trained = true, params KpiAttainment[] kpis) =>
        new(Guid.CreateVersion7(), team, kpis, qa, complaints, trained);

    [Fact]
    public void The_score_weighs_kpis_qa_and_training_and_deducts_complaints()
    {
        // KPIs: sales 80% attained, response time met: 90. Score = (50 x 90 + 40 x 80 + 10 x 100) / 100 - 5 = 82.
        var agent = Agent("A", 80, complaints: 1, trained: true,
            Kpi("sales-volume", KpiDirection.HigherIsBetter, 1000, 800), Kpi("first-response-seconds", KpiDirection.LowerIsBetter, 60, 30));

        var result = Assert.Single(AppraisalCalculator.Appraise([agent], Policy));

        Assert.Equal((90m, 80m, 100m, 5m, 82m), (result.KpiScore!.Value, result.QaScore!.Value, result.TrainingScore, result.Deduction, result.Score));
        var gap = Assert.Single(result.Gaps);
        Assert.Equal(("sales-volume", 1000m, 800m, 200m), (gap.Code, gap.Target, gap.Actual, gap.Shortfall));
        Assert.False(result.PromotionEligible);
    }

    [Fact]
    public void A_missing_part_spreads_its_weight_over_the_others_and_the_score_never_goes_below_zero()
    {
        var noKpis = Agent("A", 90, 0, false, Kpi("sales-volume", KpiDirection.HigherIsBetter, 1000, null));
        var manyComplaints = Agent("A", 10, complaints: 10, trained: false);

        var results = AppraisalCalculator.Appraise([noKpis, manyComplaints], Policy).ToDictionary(result => result.AgentId);

        // (40 x 90 + 10 x 0) / 50
        Assert.Equal((null, 72m), (results[noKpis.AgentId].KpiScore, results[noKpis.AgentId].Score));
        Assert.Empty(results[noKpis.AgentId].Gaps);
        Assert.Equal(0m, results[manyComplaints.AgentId].Score);
    }

    [Fact]
    public void Agents_are_ranked_in_team_and_centre_with_ties_and_the_top_share_are_pacesetters()
    {
        var a1 = Agent("A", 95);
        var a2 = Agent("A", 80);
        var b1 = Agent("B", 95);
        var b2 = Agent("B", 70);
        var b3 = Agent("B", 60);

        var results = AppraisalCalculator.Appraise([a1, a2, b1, b2, b3], Policy).ToDictionary(result => result.AgentId);

        Assert.Equal((1, 1), (results[a1.AgentId].CentreRank, results[b1.AgentId].CentreRank));
        Assert.Equal((3, 2), (results[a2.AgentId].CentreRank, results[a2.AgentId].TeamRank));
        Assert.Equal((5, 3), (results[b3.AgentId].CentreRank, results[b3.AgentId].TeamRank));
        // 25% of 5 is 2 places: the two tied at the top.
        Assert.Equal(new[] { a1.AgentId, b1.AgentId }.Order(), results.Values.Where(result => result.Pacesetter).Select(result => result.AgentId).Order());
        Assert.True(results[a1.AgentId].PromotionEligible);
        Assert.False(results[b2.AgentId].PromotionEligible);
    }

    [Fact]
    public void Promotion_can_require_training_and_a_clean_complaint_record()
    {
        var untrained = Agent("A", 100, trained: false);
        var complained = Agent("A", 100, complaints: 1);
        var lenient = Policy with { Promotion = new PromotionRule(50, 1, RequiresTraining: false) };

        var strict = AppraisalCalculator.Appraise([untrained, complained], Policy);
        var relaxed = AppraisalCalculator.Appraise([untrained, complained], lenient);

        Assert.All(strict, result => Assert.False(result.PromotionEligible));
        Assert.All(relaxed, result => Assert.True(result.PromotionEligible));
    }
}
