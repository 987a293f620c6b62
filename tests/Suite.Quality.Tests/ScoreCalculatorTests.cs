using Suite.Quality.Domain;
using static Suite.Quality.Domain.CriterionOutcome;
using static Suite.Quality.Tests.Scorecards;

namespace Suite.Quality.Tests;

public sealed class ScoreCalculatorTests
{
    private static EvaluationScore Score(Dictionary<string, CriterionOutcome> answers)
    {
        Assert.Empty(ScoreCalculator.ValidateAnswers(PreSales, answers));
        return ScoreCalculator.Calculate(PreSales, answers);
    }

    [Fact]
    public void Everything_met_scores_100_in_every_section()
    {
        var score = Score(AllMet());

        Assert.Equal((100m, 100m, 100m, false), (score.Score, score.Earned, score.Possible, score.AutoFailed));
        Assert.Equal([(30m, 30m, 100m), (70m, 70m, 100m)], score.Sections.Select(section => (section.Earned, section.Possible, section.Score!.Value)));
        Assert.Empty(score.FailedCriticalCriteria);
    }

    [Fact]
    public void A_criterion_not_met_loses_its_weight()
    {
        var score = Score(AllMet(("courtesy", NotMet)));

        Assert.Equal(80m, score.Score);
        Assert.Equal(33.33m, score.Sections[0].Score);
    }

    [Fact]
    public void Not_applicable_leaves_the_criterion_out_of_the_denominator()
    {
        var score = Score(AllMet(("greeting", NotApplicable), ("courtesy", NotMet)));

        // 70 of 90 points
        Assert.Equal((70m, 90m, 77.78m), (score.Earned, score.Possible, score.Score));
        Assert.Equal((0m, 20m, 0m), (score.Sections[0].Earned, score.Sections[0].Possible, score.Sections[0].Score!.Value));
    }

    [Fact]
    public void A_section_where_everything_scored_is_not_applicable_has_no_section_score()
    {
        var sections = new List<ScorecardSection>
        {
            new("a", "A", [new("a1", "A1", 10, CriterionKind.Standard, true, null)]),
            new("b", "B", [new("b1", "B1", 10, CriterionKind.Standard, false, null)]),
        };
        var answers = new Dictionary<string, CriterionOutcome> { ["a1"] = NotApplicable, ["b1"] = Met };

        var score = ScoreCalculator.Calculate(sections, answers);

        Assert.Null(score.Sections[0].Score);
        Assert.Equal(100m, score.Score);
    }

    [Fact]
    public void A_bonus_adds_points_outside_the_denominator()
    {
        var answers = AllMet(("recommendation", NotApplicable), ("accuracy", NotMet));
        answers["upsell"] = Met;

        var score = Score(answers);

        // service 30 of 30; sales 0 of 40 plus a 5-point bonus: 35 of 70
        Assert.Equal((35m, 70m, 50m), (score.Earned, score.Possible, score.Score));
        Assert.Equal(12.5m, score.Sections[1].Score);
    }

    [Fact]
    public void A_bonus_cannot_lift_the_score_above_100()
    {
        var answers = AllMet();
        answers["upsell"] = Met;

        var score = Score(answers);

        Assert.Equal(100m, score.Score);
        Assert.Equal(105m, score.Earned);
        Assert.Equal(100m, score.Sections[1].Score);
    }

    [Fact]
    public void A_critical_criterion_of_evaluation_scope_not_met_zeroes_everything()
    {
        var answers = AllMet(("no-abuse", NotMet));
        answers["upsell"] = Met;

        var score = Score(answers);

        Assert.Equal((0m, 0m, true), (score.Score, score.Earned, score.AutoFailed));
        Assert.Equal(["no-abuse"], score.FailedCriticalCriteria);
        Assert.All(score.Sections, section => Assert.Equal((0m, 0m, true), (section.Earned, section.Score!.Value, section.Zeroed)));
        Assert.Equal(100m, score.Possible);
    }

    [Fact]
    public void A_critical_criterion_of_section_scope_not_met_zeroes_only_its_section_and_its_bonus()
    {
        var answers = AllMet(("no-false-promise", NotMet));
        answers["upsell"] = Met;

        var score = Score(answers);

        Assert.Equal((30m, false), (score.Score, score.AutoFailed));
        Assert.Equal(["no-false-promise"], score.FailedCriticalCriteria);
        Assert.Equal((100m, false), (score.Sections[0].Score!.Value, score.Sections[0].Zeroed));
        Assert.Equal((0m, 0m, true), (score.Sections[1].Earned, score.Sections[1].Score!.Value, score.Sections[1].Zeroed));
    }

    [Fact]
    public void A_critical_criterion_answered_not_applicable_gates_nothing()
    {
        var sections = new List<ScorecardSection>
        {
            new("s", "S", [new("c", "C", 0, CriterionKind.Critical, true, CriticalScope.Evaluation), new("x", "X", 10, CriterionKind.Standard, false, null)]),
        };

        var score = ScoreCalculator.Calculate(sections, new Dictionary<string, CriterionOutcome> { ["c"] = NotApplicable, ["x"] = Met });

        Assert.Equal((100m, false), (score.Score, score.AutoFailed));
    }

    [Fact]
    public void A_weighted_critical_criterion_counts_its_points_too()
    {
        var sections = new List<ScorecardSection>
        {
            new("s", "S", [new("c", "C", 50, CriterionKind.Critical, false, CriticalScope.Section), new("x", "X", 50, CriterionKind.Standard, false, null)]),
            new("t", "T", [new("y", "Y", 100, CriterionKind.Standard, false, null)]),
        };

        var met = ScoreCalculator.Calculate(sections, new Dictionary<string, CriterionOutcome> { ["c"] = Met, ["x"] = NotMet, ["y"] = Met });
        var failed = ScoreCalculator.Calculate(sections, new Dictionary<string, CriterionOutcome> { ["c"] = NotMet, ["x"] = Met, ["y"] = Met });

        Assert.Equal(75m, met.Score);
        Assert.Equal(50m, failed.Score);
    }

    [Theory]
    [InlineData(1, 3, 33.33)]
    [InlineData(2, 3, 66.67)]
    [InlineData(1, 8, 12.5)]
    [InlineData(1, 200, 0.5)]
    public void Scores_are_rounded_to_two_decimals_half_away_from_zero(int met, int total, double expected)
    {
        var criteria = Enumerable.Range(0, total)
            .Select(index => new ScorecardCriterion($"c{index}", $"C{index}", 1, CriterionKind.Standard, false, null)).ToList();
        var answers = criteria.Select((criterion, index) => (criterion.Key, index < met ? Met : NotMet)).ToDictionary();

        Assert.Equal((decimal)expected, ScoreCalculator.Calculate([new ScorecardSection("s", "S", criteria)], answers).Score);
    }

    [Fact]
    public void Answers_must_cover_every_scored_criterion_and_name_only_real_ones()
    {
        var answers = AllMet(("courtesy", NotApplicable));
        answers.Remove("accuracy");
        answers["made-up"] = Met;

        var errors = ScoreCalculator.ValidateAnswers(PreSales, answers);

        Assert.Equal(["answers.accuracy", "answers.courtesy", "answers.made-up"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Bonus_answers_may_be_left_out_and_count_as_not_met()
    {
        Assert.Empty(ScoreCalculator.ValidateAnswers(PreSales, AllMet()));
        Assert.Equal(80m, ScoreCalculator.Calculate(PreSales, AllMet(("courtesy", NotMet))).Earned);
    }

    [Fact]
    public void Answers_that_leave_nothing_to_score_are_refused()
    {
        var sections = new List<ScorecardSection> { new("s", "S", [new("a", "A", 10, CriterionKind.Standard, true, null)]) };

        var errors = ScoreCalculator.ValidateAnswers(sections, new Dictionary<string, CriterionOutcome> { ["a"] = NotApplicable });

        Assert.Equal(["answers"], errors.Keys);
    }
}
