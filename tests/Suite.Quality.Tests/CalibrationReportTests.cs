using Suite.Quality.Domain;
using static Suite.Quality.Domain.CriterionOutcome;
using static Suite.Quality.Tests.Scorecards;

namespace Suite.Quality.Tests;

public sealed class CalibrationReportTests
{
    // The reference meets everything; E1 finds the agent discourteous; E2 also, sees no greeting needed and credits the upsell.
    private static readonly CalibrationScoring Reference = new("ref", AllMet());
    private static readonly CalibrationScoring E1 = new("e1", AllMet(("courtesy", NotMet)));
    private static readonly CalibrationScoring E2 = new("e2", AllMet(("greeting", NotApplicable), ("courtesy", NotMet), ("upsell", Met)));

    [Fact]
    public void The_spread_per_criterion_counts_outcomes_and_the_points_deviation()
    {
        var report = CalibrationReport.Build(PreSales, "ref", [Reference, E1, E2]);

        var byKey = report.Criteria.ToDictionary(spread => spread.Key);
        Assert.Equal(7, report.Criteria.Count);
        Assert.Equal((2, 0, 1), (byKey["greeting"].Met, byKey["greeting"].NotMet, byKey["greeting"].NotApplicable));
        Assert.Equal(2.0 / 3, byKey["greeting"].ModalShare, 9);
        Assert.Equal(4.7140452, byKey["greeting"].PointsStandardDeviation, 6);
        Assert.Equal(9.4280904, byKey["courtesy"].PointsStandardDeviation, 6);
        Assert.Equal(2.3570226, byKey["upsell"].PointsStandardDeviation, 6);
        Assert.Equal((1.0, 0.0), (byKey["accuracy"].ModalShare, byKey["accuracy"].PointsStandardDeviation));
    }

    [Fact]
    public void Each_evaluator_is_compared_with_the_reference()
    {
        var report = CalibrationReport.Build(PreSales, "ref", [Reference, E1, E2]);

        Assert.Equal(["e1", "e2"], report.AgreementWithReference.Select(agreement => agreement.EvaluatorId));
        Assert.Equal(6.0 / 7, report.AgreementWithReference[0].CriteriaAgreement, 9);
        Assert.Equal((80m, -20m), (report.AgreementWithReference[0].Score, report.AgreementWithReference[0].ScoreDifference));
        Assert.Equal(4.0 / 7, report.AgreementWithReference[1].CriteriaAgreement, 9);
        Assert.Equal((83.33m, -16.67m), (report.AgreementWithReference[1].Score, report.AgreementWithReference[1].ScoreDifference));
        Assert.Equal((80m, 100m), (report.ScoreMin, report.ScoreMax));
        Assert.Equal(8.7494622, report.ScoreStandardDeviation, 6);
    }

    [Fact]
    public void Three_evaluators_get_fleiss_kappa_over_the_criteria_nobody_answered_na()
    {
        var report = CalibrationReport.Build(PreSales, "ref", [Reference, E1, E2]);

        // Six pass/fail subjects (greeting left out: E2 answered N/A); P = 0.7778, Pe = 0.6543
        Assert.Equal((CalibrationReport.Fleiss, 6), (report.KappaMethod, report.KappaSubjects));
        Assert.Equal(0.3571429, report.Kappa!.Value, 6);
    }

    [Fact]
    public void Two_evaluators_get_cohens_kappa()
    {
        var report = CalibrationReport.Build(PreSales, "ref", [Reference, E1]);

        // po = 6/7, pe = 6/7 * 5/7 + 1/7 * 2/7 = 32/49: kappa = 10/17
        Assert.Equal((CalibrationReport.Cohen, 7), (report.KappaMethod, report.KappaSubjects));
        Assert.Equal(10.0 / 17, report.Kappa!.Value, 9);
    }

    [Fact]
    public void A_session_needs_two_evaluators_including_the_reference()
    {
        Assert.Throws<ArgumentException>(() => CalibrationReport.Build(PreSales, "ref", [Reference]));
        Assert.Throws<InvalidOperationException>(() => CalibrationReport.Build(PreSales, "nobody", [Reference, E1]));
    }
}
