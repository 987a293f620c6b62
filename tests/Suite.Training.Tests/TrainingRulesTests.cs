using Suite.Contracts;
using Suite.Training.Domain;

namespace Suite.Training.Tests;

/// <summary>The plain rules behind this round's features: reports per team, time to certification, re-certification, allowances.</summary>
public sealed class TrainingRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    [Fact]
    public void The_categories_are_exactly_those_of_the_issue()
    {
        Assert.Equal(
            ["pre-sales", "after-sales", "platform-rules-and-red-lines", "kpis-and-performance", "product-knowledge", "soft-skills-and-emotional-resilience"],
            WireNames.All<CourseCategory>());
    }

    [Theory]
    [InlineData(new int[0], 50, null)]
    [InlineData(new[] { 7 }, 50, 7.0)]
    [InlineData(new[] { 7 }, 90, 7.0)]
    [InlineData(new[] { 4, 10 }, 50, 7.0)]
    [InlineData(new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 50, 5.5)]
    [InlineData(new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 90, 9.1)]
    [InlineData(new[] { 5, 10, 20 }, 90, 18.0)]
    public void Percentiles_interpolate_between_the_closest_ranks(int[] sorted, int percent, double? expected) =>
        Assert.Equal(expected is null ? null : (decimal)expected.Value, TimeToCertification.Percentile(sorted, percent));

    [Fact]
    public void Time_to_certification_counts_days_from_hire_to_the_first_grant_and_the_still_uncertified()
    {
        Guid a = Guid.CreateVersion7(), b = Guid.CreateVersion7(), c = Guid.CreateVersion7(), late = Guid.CreateVersion7();
        var hires = new[] { (a, Today.AddDays(-30)), (b, Today.AddDays(-10)), (c, Today.AddDays(-5)), (late, Today) };
        var grants = new Dictionary<Guid, DateTimeOffset> { [a] = Now.AddDays(-20), [b] = Now, [late] = Now.AddDays(-3) };

        var times = TimeToCertification.Of(hires, grants);

        // a took 10 days, b 10, late's grant predates its hire and counts as day 0; c has none yet.
        Assert.Equal(new TimeToCertification(4, 3, 1, 10m, 10m), times);
    }

    [Fact]
    public void A_team_report_counts_only_the_teams_agents_and_rates_completion_against_the_whole_team()
    {
        Guid course = Guid.CreateVersion7(), passer = Guid.CreateVersion7(), idle = Guid.CreateVersion7(), outsider = Guid.CreateVersion7();
        var members = new HashSet<Guid> { passer, idle };

        var report = TeamCourseReport.Of("Tmall", course, members,
            [(passer, AttemptStatus.Failed), (passer, AttemptStatus.Passed), (outsider, AttemptStatus.Passed)], [passer, outsider]);
        var empty = TeamCourseReport.Of("Empty", course, new HashSet<Guid>(), [(outsider, AttemptStatus.Passed)], [outsider]);

        Assert.Equal(new TeamCourseReport("Tmall", course, 2, 1, 2, 1, 50m, 1, 50m), report);
        Assert.Equal(new TeamCourseReport("Empty", course, 0, 0, 0, 0, null, 0, null), empty);
    }

    [Fact]
    public void A_pass_starts_a_fresh_attempt_allowance_so_an_agent_can_re_certify()
    {
        var course = Course.Create(new NewCourse("Red lines", "", CourseCategory.PlatformRulesAndRedLines), Now);
        course.Publish([new Lesson("L", "M", [])], "", Now);
        var settings = new AssessmentSettings(1, 10, 1, 50, 365);
        course.SetAssessment(settings);
        var question = Question.Create(course.Id, new NewQuestion(QuestionKind.TrueFalse, "Call back bad reviews?", [], [], true), Now);
        var agent = Guid.CreateVersion7();
        QuizAttempt Taken(int number, bool pass)
        {
            var attempt = QuizAttempt.Start(course, settings, agent, number, [question.Id], 1, Now);
            attempt.Submit(QuizGrading.Grade([question], [new SubmittedAnswer(question.Id, null, pass, null)]), Now.AddMinutes(1));
            return attempt;
        }

        var first = Taken(1, pass: false);
        var second = Taken(2, pass: true);
        var third = Taken(3, pass: false);

        Assert.Contains("1 attempts", AttemptRules.WhyNotStart(course, 1, [first], Now.AddMinutes(2)));
        Assert.Null(AttemptRules.WhyNotStart(course, 1, [first, second], Now.AddMinutes(2)));
        Assert.Equal(1, AttemptRules.AttemptsSinceLastPass([first, second, third]));
        Assert.Contains("1 attempts", AttemptRules.WhyNotStart(course, 1, [first, second, third], Now.AddMinutes(2)));
    }

    [Fact]
    public void Re_certification_opens_90_days_before_expiry_needs_a_path_and_the_newest_certification()
    {
        var course = Course.Create(new NewCourse("Red lines", "", CourseCategory.PlatformRulesAndRedLines), Now);
        course.Publish([new Lesson("L", "M", [])], "", Now);
        var settings = new AssessmentSettings(1, 10, 1, 50, 120);
        course.SetAssessment(settings);
        var question = Question.Create(course.Id, new NewQuestion(QuestionKind.TrueFalse, "Call back bad reviews?", [], [], true), Now);
        var attempt = QuizAttempt.Start(course, settings, Guid.CreateVersion7(), 1, [question.Id], 1, Now);
        attempt.Submit(QuizGrading.Grade([question], [new SubmittedAnswer(question.Id, null, true, null)]), Now);
        var certification = Certification.Grant(attempt, course, 120, Now);
        var path = LearningPath.Create(new NewLearningPath("Renewal", "", LearningPathKind.Recertification, 60, false), Now);

        Assert.Contains("no re-certification path", Recertification.WhyNot(certification, course, Now.AddDays(40)));
        course.SetRecertificationPath(path.Id);
        Assert.Contains("opens 90 days before", Recertification.WhyNot(certification, course, Now.AddDays(29)));
        Assert.Null(Recertification.WhyNot(certification, course, Now.AddDays(30)));
        Assert.Null(Recertification.WhyNot(certification, course, Now.AddDays(400)));

        // Due by the expiry when it comes first, by the path's days when they do, and by the path's days once expired.
        Assert.Equal(Today.AddDays(120), Recertification.DueOn(certification, path, Now.AddDays(100)));
        Assert.Equal(Today.AddDays(90), Recertification.DueOn(certification, path, Now.AddDays(30)));
        Assert.Equal(Today.AddDays(200), Recertification.DueOn(certification, path, Now.AddDays(140)));

        certification.Supersede(Now.AddDays(50));
        Assert.Contains("superseded", Recertification.WhyNot(certification, course, Now.AddDays(100)));
    }

    [Fact]
    public void Criterion_rules_are_keyed_on_section_and_criterion_and_match_only_not_met_verdicts()
    {
        var courseId = Guid.CreateVersion7();
        var rule = RemedialRule.Create(new NewRemedialRule(RemedialCauseKind.Criterion, " Opening / Greets-By-Name ", null, courseId, 5), Now);
        var evaluation = Guid.CreateVersion7();

        var matches = RemedialRules.ForEvaluation(evaluation, 95m, [], [rule],
            [("opening", "greets-by-name", "not-met"), ("OPENING", "Greets-By-Name", "Not-Met"), ("opening", "greets-by-name", "met"), ("closing", "x", "not-met")]);

        Assert.Equal("opening/greets-by-name", rule.Code);
        var match = Assert.Single(matches);
        Assert.Equal(($"evaluation:{evaluation}:criterion:opening/greets-by-name", courseId), (match.Cause, match.CourseId));
        Assert.Empty(RemedialRules.ForEvaluation(evaluation, 95m, [], [rule], null));
        Assert.Equal(["code"], RemedialRules.Validate(new NewRemedialRule(RemedialCauseKind.Criterion, "opening", null, courseId, 5), true).Keys);
        Assert.Empty(RemedialRules.Validate(new NewRemedialRule(RemedialCauseKind.Criterion, "opening/greets", null, courseId, 5), true));
    }
}
