using Suite.Training.Domain;

namespace Suite.Training.Tests;

public sealed class RemedialRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid RedLineCourse = Guid.CreateVersion7();
    private static readonly Guid ScoreCourse = Guid.CreateVersion7();
    private static readonly Guid ComplaintCourse = Guid.CreateVersion7();

    private static readonly List<RemedialRule> Table =
    [
        RemedialRule.Create(new NewRemedialRule(RemedialCauseKind.RedLine, " RL-Offplatform ", null, RedLineCourse, 7), Now),
        RemedialRule.Create(new NewRemedialRule(RemedialCauseKind.LowScore, null, 70m, ScoreCourse, 14), Now),
        RemedialRule.Create(new NewRemedialRule(RemedialCauseKind.ComplaintCategory, "service-attitude", null, ComplaintCourse, 10), Now),
    ];

    [Fact]
    public void Valid_rules_of_each_kind_have_no_errors()
    {
        Assert.Empty(RemedialRules.Validate(new NewRemedialRule(RemedialCauseKind.RedLine, "RL-01", null, RedLineCourse, 7), true));
        Assert.Empty(RemedialRules.Validate(new NewRemedialRule(RemedialCauseKind.LowScore, null, 60m, ScoreCourse, 7), true));
        Assert.Empty(RemedialRules.Validate(new NewRemedialRule(RemedialCauseKind.ComplaintCategory, "logistics", null, ComplaintCourse, 7), true));
    }

    [Fact]
    public void Every_rule_problem_is_reported_at_once()
    {
        Assert.Equal(["code", "courseId", "dueAfterDays", "scoreBelow"],
            RemedialRules.Validate(new NewRemedialRule(RemedialCauseKind.RedLine, " ", 50m, Guid.CreateVersion7(), 0), false).Keys.Order());
        Assert.Equal(["code", "scoreBelow"],
            RemedialRules.Validate(new NewRemedialRule(RemedialCauseKind.LowScore, "RL-01", 0m, ScoreCourse, 7), true).Keys.Order());
        Assert.Equal(["kind"], RemedialRules.Validate(new NewRemedialRule((RemedialCauseKind)0, null, null, ScoreCourse, 7), true).Keys);
    }

    [Fact]
    public void An_evaluation_matches_each_mapped_red_line_once_and_a_score_under_the_threshold()
    {
        var evaluationId = Guid.CreateVersion7();

        var matches = RemedialRules.ForEvaluation(evaluationId, 65m, ["rl-offplatform", "RL-OFFPLATFORM", "RL-unmapped"], Table);

        Assert.Equal(
            [($"evaluation:{evaluationId}:red-line:rl-offplatform", RedLineCourse, 7), ($"evaluation:{evaluationId}:low-score", ScoreCourse, 14)],
            matches.Select(match => (match.Cause, match.CourseId, match.DueAfterDays)));
    }

    [Fact]
    public void A_score_at_the_threshold_or_an_unmapped_red_line_assigns_nothing() =>
        Assert.Empty(RemedialRules.ForEvaluation(Guid.CreateVersion7(), 70m, ["RL-unmapped"], Table));

    [Fact]
    public void A_complaint_matches_only_when_upheld_against_the_agent_and_its_category_is_mapped()
    {
        var complaintId = Guid.CreateVersion7();

        Assert.Equal([($"complaint:{complaintId}", ComplaintCourse)],
            RemedialRules.ForComplaint(complaintId, "Service-Attitude", true, Table).Select(match => (match.Cause, match.CourseId)));
        Assert.Empty(RemedialRules.ForComplaint(complaintId, "service-attitude", false, Table));
        Assert.Empty(RemedialRules.ForComplaint(complaintId, "logistics", true, Table));
    }

    [Fact]
    public void An_assignment_is_due_the_rules_days_after_it_is_made()
    {
        var agentId = Guid.CreateVersion7();

        var assignment = RemedialAssignment.For(agentId, new RemedialMatch("complaint:x", ComplaintCourse, "Upheld.", 10), Now);

        Assert.Equal((agentId, ComplaintCourse, "complaint:x", new DateOnly(2026, 12, 6)), (assignment.AgentId, assignment.CourseId, assignment.Cause, assignment.DueOn));
    }
}
