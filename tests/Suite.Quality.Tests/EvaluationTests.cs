using Suite.Quality.Domain;
using static Suite.Quality.Domain.CriterionOutcome;
using static Suite.Quality.Tests.Scorecards;

namespace Suite.Quality.Tests;

public sealed class EvaluationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    private static readonly Scorecard Card = Scorecard.Create(new NewScorecard("presales", "Pre-sales", null, null, PreSales), 1, Now);

    private static Evaluation Completed(Dictionary<string, CriterionOutcome>? answers = null) =>
        Evaluation.Complete(Guid.CreateVersion7(), Guid.CreateVersion7(), Card, answers ?? AllMet(("courtesy", NotMet)), "evaluator-1", "Cold tone", Now);

    [Fact]
    public void A_new_evaluation_is_completed_with_its_score()
    {
        var evaluation = Completed(AllMet(("no-abuse", NotMet)));

        Assert.Equal(EvaluationStatus.Completed, evaluation.Status);
        Assert.Equal((0m, true), (evaluation.Score, evaluation.AutoFailed));
        Assert.Equal(["no-abuse"], evaluation.FailedCriticalCriteria);
        Assert.Equal((Card.Id, "evaluator-1", "Cold tone", Now), (evaluation.ScorecardId, evaluation.EvaluatorId, evaluation.Comment, evaluation.CompletedAt));
        Assert.Equal(7, evaluation.Id.Version);
    }

    [Fact]
    public void The_agent_acknowledges_a_completed_evaluation_once()
    {
        var evaluation = Completed();
        var stamp = evaluation.ConcurrencyStamp;

        Assert.Null(evaluation.Acknowledge(Now.AddHours(1)));
        Assert.Equal((EvaluationStatus.Acknowledged, Now.AddHours(1)), (evaluation.Status, evaluation.AcknowledgedAt));
        Assert.NotEqual(stamp, evaluation.ConcurrencyStamp);
        Assert.Contains("acknowledged", evaluation.Acknowledge(Now.AddHours(2))!);
        Assert.NotNull(evaluation.Dispute("too late", Now.AddHours(2)));
        Assert.Equal(EvaluationStatus.Acknowledged, evaluation.Status);
    }

    [Fact]
    public void A_dispute_waits_for_a_second_reviewer_who_may_rescore_it()
    {
        var evaluation = Completed();

        Assert.Null(evaluation.Dispute("The customer was rude first", Now.AddHours(1)));
        Assert.NotNull(evaluation.Acknowledge(Now.AddHours(2)));
        Assert.False(evaluation.CanBeReviewedBy("evaluator-1"));
        Assert.True(evaluation.CanBeReviewedBy("reviewer-2"));
        Assert.Null(evaluation.Review("reviewer-2", Card, AllMet(), "Courteous enough", Now.AddHours(3)));

        Assert.Equal(EvaluationStatus.Reviewed, evaluation.Status);
        Assert.Equal((100m, 80m), (evaluation.Score, evaluation.ScoreBeforeReview!.Value));
        Assert.Equal(("reviewer-2", "Courteous enough", Now.AddHours(3)), (evaluation.ReviewerId, evaluation.ReviewComment, evaluation.ReviewedAt));
        Assert.Equal("The customer was rude first", evaluation.DisputeReason);
        Assert.NotNull(evaluation.Review("reviewer-3", Card, null, "again", Now.AddHours(4)));
    }

    [Fact]
    public void A_review_without_answers_upholds_the_score()
    {
        var evaluation = Completed();
        evaluation.Dispute("unfair", Now);

        Assert.Null(evaluation.Review("reviewer-2", Card, null, "Upheld", Now));
        Assert.Equal((80m, 80m), (evaluation.Score, evaluation.ScoreBeforeReview!.Value));
        Assert.Equal(AllMet(("courtesy", NotMet)), evaluation.Answers);
    }

    [Fact]
    public void Only_a_disputed_evaluation_can_be_reviewed_and_never_by_its_evaluator()
    {
        var completed = Completed();
        var disputed = Completed();
        disputed.Dispute("unfair", Now);

        Assert.Contains("completed", completed.Review("reviewer-2", Card, null, "x", Now)!);
        Assert.Equal(EvaluationStatus.Completed, completed.Status);
        Assert.Throws<InvalidOperationException>(() => disputed.Review("evaluator-1", Card, null, "mine", Now));
    }

    [Fact]
    public void Requests_are_validated_field_by_field()
    {
        Assert.Equal(["answers", "comment", "conversationId"],
            EvaluationRules.ValidateNew(Guid.Empty, new Dictionary<string, CriterionOutcome>(), new string('c', Evaluation.MaxTextLength + 1)).Keys.Order(StringComparer.Ordinal));
        Assert.Empty(EvaluationRules.ValidateNew(Guid.CreateVersion7(), AllMet(), null));
        Assert.Equal(["reason"], EvaluationRules.ValidateDispute(" ").Keys);
        Assert.Equal(["answers", "comment"], EvaluationRules.ValidateReview(new Dictionary<string, CriterionOutcome>(), null).Keys.Order(StringComparer.Ordinal));
        Assert.Empty(EvaluationRules.ValidateReview(null, "Upheld"));
    }
}
