using Suite.Quality.Domain;

namespace Suite.Quality.Tests;

public sealed class AppraisalCalculatorTests
{
    private static readonly PromotionRule FromCustomerService = new(
        CareerLevel.CustomerService, MinimumMonthsAtLevel: 3, MinimumScore: 85, MaxUpheldComplaints: 0, MaxRedLineHits: 0,
        RequiresTrainingComplete: true, RequiredCertifications: ["after-sales"]);

    private static readonly AppraisalPolicy Policy = new(
        KpiWeight: 50, QaWeight: 40, TrainingWeight: 10, PointsPerUpheldComplaint: 5, PacesetterTopPercent: 25, Promotions: [FromCustomerService]);

    private static KpiAttainment Kpi(string code, KpiDirection direction, decimal target, decimal? actual) =>
        KpiRules.Attain(code, code, direction, target, actual);

    private static AppraisalInput Agent(
        string team, decimal? qa, int complaints = 0, bool trained = true, int months = 12, int redLines = 0,
        CareerLevel? level = CareerLevel.CustomerService, string[]? certifications = null, params KpiAttainment[] kpis) =>
        new(Guid.CreateVersion7(), team, level, months, kpis, qa, qa is null ? 0 : 1, complaints, redLines, trained, certifications ?? ["after-sales"]);

    [Fact]
    public void The_score_weighs_kpis_qa_and_training_and_deducts_complaints()
    {
        // KPIs: sales 80% attained, response time met: 90. Score = (50 x 90 + 40 x 80 + 10 x 100) / 100 - 5 = 82.
        var agent = Agent("A", 80, complaints: 1, kpis: [Kpi("sales-volume", KpiDirection.HigherIsBetter, 1000, 800), Kpi("first-response-seconds", KpiDirection.LowerIsBetter, 60, 30)]);

        var result = Assert.Single(AppraisalCalculator.Appraise([agent], Policy));

        Assert.Equal((90m, 80m, 100m, 5m, 82m), (result.KpiScore!.Value, result.QaScore!.Value, result.TrainingScore, result.Deduction, result.Score));
        var gap = Assert.Single(result.Gaps);
        Assert.Equal(("sales-volume", KpiDirection.HigherIsBetter, 1000m, 800m, 200m), (gap.Code, gap.Direction, gap.Target, gap.Actual, gap.Shortfall));
    }

    [Fact]
    public void A_lower_is_better_kpi_falls_short_by_how_much_it_is_over_its_target()
    {
        var agent = Agent("A", 90, kpis: [Kpi("first-response-seconds", KpiDirection.LowerIsBetter, 60, 90), Kpi("csat", KpiDirection.HigherIsBetter, 4.5m, 4.8m)]);

        var gap = Assert.Single(Assert.Single(AppraisalCalculator.Appraise([agent], Policy)).Gaps);

        Assert.Equal(("first-response-seconds", KpiDirection.LowerIsBetter, 90m, 30m), (gap.Code, gap.Direction, gap.Actual, gap.Shortfall));
    }

    [Fact]
    public void A_missing_part_spreads_its_weight_over_the_others_and_the_score_never_goes_below_zero()
    {
        var noKpis = Agent("A", 90, 0, false, kpis: [Kpi("sales-volume", KpiDirection.HigherIsBetter, 1000, null)]);
        var manyComplaints = Agent("A", 10, complaints: 10, trained: false);

        var results = AppraisalCalculator.Appraise([noKpis, manyComplaints], Policy).ToDictionary(result => result.AgentId);

        // (40 x 90 + 10 x 0) / 50
        Assert.Equal((null, 72m), (results[noKpis.AgentId].KpiScore, results[noKpis.AgentId].Score));
        Assert.Empty(results[noKpis.AgentId].Gaps);
        Assert.Equal(0m, results[manyComplaints.AgentId].Score);
        Assert.False(results[manyComplaints.AgentId].Pacesetter);
    }

    [Fact]
    public void Agents_are_ranked_in_team_and_centre_with_shared_ranks_for_ties_and_the_top_share_are_pacesetters()
    {
        var a1 = Agent("A", 95);
        var a2 = Agent("A", 80);
        var b1 = Agent("B", 95);
        var b2 = Agent("B", 70);
        var b3 = Agent("B", 60);

        var ordered = AppraisalCalculator.Appraise([a1, a2, b1, b2, b3], Policy);
        var results = ordered.ToDictionary(result => result.AgentId);

        Assert.Equal((1, 1), (results[a1.AgentId].CentreRank, results[b1.AgentId].CentreRank));
        Assert.Equal((3, 2), (results[a2.AgentId].CentreRank, results[a2.AgentId].TeamRank));
        Assert.Equal((5, 3), (results[b3.AgentId].CentreRank, results[b3.AgentId].TeamRank));
        Assert.Equal([1, 1, 3, 4, 5], ordered.Select(result => result.CentreRank));
        // 25% of 5 is 2 places: the two tied at the top.
        Assert.Equal(new[] { a1.AgentId, b1.AgentId }.Order(), results.Values.Where(result => result.Pacesetter).Select(result => result.AgentId).Order());
    }

    [Fact]
    public void Everyone_tied_at_the_pacesetter_boundary_is_a_pacesetter()
    {
        var agents = new[] { Agent("A", 90), Agent("A", 80), Agent("B", 80), Agent("B", 70) };

        // 25% of 4 is 1 place, but 80 and 80 share rank 2, so only the top agent; with 50%, both tied at rank 2 are in.
        var quarter = AppraisalCalculator.Appraise(agents, Policy);
        var half = AppraisalCalculator.Appraise(agents, Policy with { PacesetterTopPercent = 50 });

        Assert.Equal(1, quarter.Count(result => result.Pacesetter));
        Assert.Equal(3, half.Count(result => result.Pacesetter));
    }

    [Fact]
    public void Promotion_needs_time_score_a_clean_record_training_and_certifications_and_names_every_blocker()
    {
        var ready = Agent("A", 100);
        var blocked = Agent("A", 80, complaints: 1, trained: false, months: 2, redLines: 1, certifications: []);

        var results = AppraisalCalculator.Appraise([ready, blocked], Policy).ToDictionary(result => result.AgentId);

        Assert.Equal((true, CareerLevel.GoldMedalCustomerService), (results[ready.AgentId].Promotion.Eligible, results[ready.AgentId].Promotion.NextLevel!.Value));
        Assert.Empty(results[ready.AgentId].Promotion.Blockers);
        var verdict = results[blocked.AgentId].Promotion;
        Assert.False(verdict.Eligible);
        Assert.Equal(
            ["2 months at the level; 3 needed.", "Score 59; at least 85 needed.", "1 upheld complaints; at most 0 allowed.",
             "1 red-line hits; at most 0 allowed.", "Training is overdue.", "Certification 'after-sales' not held."],
            verdict.Blockers);
    }

    [Fact]
    public void Without_a_rule_for_the_level_or_at_the_top_of_the_ladder_nobody_is_eligible()
    {
        var gold = Agent("A", 100, level: CareerLevel.GoldMedalCustomerService);
        var director = Agent("A", 100, level: CareerLevel.Director);
        var unknown = Agent("A", 100, level: null);

        var results = AppraisalCalculator.Appraise([gold, director, unknown], Policy).ToDictionary(result => result.AgentId);

        Assert.Equal((CareerLevel.TeamLeader, false), (results[gold.AgentId].Promotion.NextLevel!.Value, results[gold.AgentId].Promotion.Eligible));
        Assert.Equal(["The top of the career ladder."], results[director.AgentId].Promotion.Blockers);
        Assert.False(results[unknown.AgentId].Promotion.Eligible);
    }

    [Theory]
    [InlineData("2026-01-05", "2026-11-30", 10)]
    [InlineData("2026-10-15", "2026-11-30", 1)]
    [InlineData("2026-10-31", "2026-11-30", 1)]
    [InlineData("2026-11-15", "2026-11-30", 0)]
    [InlineData("2026-12-01", "2026-11-30", 0)]
    [InlineData("2025-11-30", "2026-11-30", 12)]
    public void Months_at_a_level_are_whole_calendar_months(string since, string asOf, int months) =>
        Assert.Equal(months, CareerLadder.MonthsAtLevel(DateOnly.Parse(since), DateOnly.Parse(asOf)));
}
