using Suite.Quality.Domain;

namespace Suite.Quality.Tests;

public sealed class AppraisalPolicyTests
{
    private static PromotionRuleDraft Rule(CareerLevel? from = CareerLevel.CustomerService) =>
        new(from, 3, 85, 0, 0, true, ["after-sales"]);

    private static AppraisalPolicyDraft Draft(params PromotionRuleDraft?[] rules) => new(50, 40, 10, 5, 10, rules);

    [Fact]
    public void The_default_policy_is_itself_valid_and_covers_every_step_below_the_top()
    {
        var policy = AppraisalPolicy.Default;
        var draft = new AppraisalPolicyDraft(policy.KpiWeight, policy.QaWeight, policy.TrainingWeight, policy.PointsPerUpheldComplaint,
            policy.PacesetterTopPercent, policy.Promotions.Select(rule => (PromotionRuleDraft?)new PromotionRuleDraft(
                rule.FromLevel, rule.MinimumMonthsAtLevel, rule.MinimumScore, rule.MaxUpheldComplaints, rule.MaxRedLineHits,
                rule.RequiresTrainingComplete, rule.RequiredCertifications)).ToList());

        Assert.Empty(AppraisalPolicy.Validate(draft));
        Assert.Equal(Enum.GetValues<CareerLevel>().SkipLast(1), policy.Promotions.Select(rule => rule.FromLevel));
    }

    [Fact]
    public void Rules_are_one_per_level_below_the_top_and_every_field_is_required()
    {
        var errors = AppraisalPolicy.Validate(Draft(
            Rule(), Rule(), Rule(CareerLevel.Director), new PromotionRuleDraft(null, null, null, null, null, null, null)));

        Assert.Equal(
            ["promotions[1].fromLevel", "promotions[2].fromLevel", "promotions[3].fromLevel", "promotions[3].maxRedLineHits",
             "promotions[3].maxUpheldComplaints", "promotions[3].minimumMonthsAtLevel", "promotions[3].minimumScore",
             "promotions[3].requiredCertifications", "promotions[3].requiresTrainingComplete"],
            errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Weights_may_not_all_be_zero_and_a_missing_rule_list_is_named()
    {
        var errors = AppraisalPolicy.Validate(new AppraisalPolicyDraft(0, 0, 0, null, null, null));

        Assert.Equal(["kpiWeight", "pacesetterTopPercent", "pointsPerUpheldComplaint", "promotions"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_valid_draft_becomes_a_policy_with_trimmed_distinct_certifications_in_ladder_order()
    {
        var policy = AppraisalPolicy.From(Draft(
            new PromotionRuleDraft(CareerLevel.TeamLeader, 12, 90, 0, 0, false, []),
            new PromotionRuleDraft(CareerLevel.CustomerService, 3, 85, 0, 0, true, [" after-sales ", "after-sales"])));

        Assert.Equal([CareerLevel.CustomerService, CareerLevel.TeamLeader], policy.Promotions.Select(rule => rule.FromLevel));
        Assert.Equal(["after-sales"], policy.PromotionFrom(CareerLevel.CustomerService)!.RequiredCertifications);
        Assert.Null(policy.PromotionFrom(CareerLevel.Supervisor));
    }
}
