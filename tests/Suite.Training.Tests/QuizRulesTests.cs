using Suite.Training.Domain;

namespace Suite.Training.Tests;

public sealed class QuizRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid CourseId = Guid.CreateVersion7();

    private static Question Single() => Question.Create(CourseId, new NewQuestion(QuestionKind.SingleChoice, "Pay off-platform?", ["Yes", "No"], [1], null), Now);

    private static Question Multiple() => Question.Create(CourseId, new NewQuestion(QuestionKind.MultipleChoice, "Red lines?", ["Insult", "Recommend", "Leak address"], [2, 0], null), Now);

    private static Question TrueFalse() => Question.Create(CourseId, new NewQuestion(QuestionKind.TrueFalse, "Call back bad reviews?", [], [], true), Now);

    private static Question Short() => Question.Create(CourseId, new NewQuestion(QuestionKind.ShortAnswer, "How do you calm an angry customer?", [], [], null), Now);

    private static Dictionary<Guid, Question> Drawn(params Question[] questions) => questions.ToDictionary(question => question.Id);

    [Theory]
    [InlineData(QuestionKind.SingleChoice, new[] { "A", "B" }, new[] { 0 }, null)]
    [InlineData(QuestionKind.MultipleChoice, new[] { "A", "B", "C" }, new[] { 0, 2 }, null)]
    [InlineData(QuestionKind.TrueFalse, new string[0], new int[0], false)]
    [InlineData(QuestionKind.ShortAnswer, new string[0], new int[0], null)]
    public void Each_kind_of_question_is_accepted_in_its_own_shape(QuestionKind kind, string[] options, int[] correct, bool? value) =>
        Assert.Empty(QuestionRules.Validate(new NewQuestion(kind, "Question?", options, correct, value)));

    [Theory]
    [InlineData(QuestionKind.SingleChoice, new[] { "A", "B" }, new[] { 0, 1 }, null, "correctOptions")]
    [InlineData(QuestionKind.SingleChoice, new[] { "A" }, new[] { 0 }, null, "options")]
    [InlineData(QuestionKind.MultipleChoice, new[] { "A", "B" }, new[] { 2 }, null, "correctOptions")]
    [InlineData(QuestionKind.MultipleChoice, new[] { "A", "B" }, new[] { 1, 1 }, null, "correctOptions")]
    [InlineData(QuestionKind.MultipleChoice, new[] { "A", " " }, new[] { 0 }, null, "options")]
    [InlineData(QuestionKind.SingleChoice, new[] { "A", "B" }, new[] { 0 }, true, "correctValue")]
    [InlineData(QuestionKind.TrueFalse, new string[0], new int[0], null, "correctValue")]
    [InlineData(QuestionKind.TrueFalse, new[] { "A", "B" }, new int[0], true, "options")]
    [InlineData(QuestionKind.ShortAnswer, new string[0], new[] { 0 }, null, "correctOptions")]
    [InlineData((QuestionKind)0, new string[0], new int[0], null, "kind")]
    public void A_question_whose_answer_does_not_fit_its_kind_is_refused(QuestionKind kind, string[] options, int[] correct, bool? value, string field) =>
        Assert.Contains(field, QuestionRules.Validate(new NewQuestion(kind, "Question?", options, correct, value)).Keys);

    [Fact]
    public void The_draw_is_deterministic_given_the_seed_whatever_order_the_bank_comes_in()
    {
        var bank = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToList();

        var first = QuizDraw.Draw(bank, 5, seed: 7);
        var again = QuizDraw.Draw(Enumerable.Reverse(bank), 5, seed: 7);

        Assert.Equal(first, again);
        Assert.Equal(5, first.Distinct().Count());
        Assert.All(first, id => Assert.Contains(id, bank));
    }

    [Fact]
    public void Different_seeds_draw_differently_and_a_full_draw_is_the_whole_bank()
    {
        var bank = Enumerable.Range(0, 30).Select(_ => Guid.NewGuid()).ToList();

        var draws = Enumerable.Range(1, 10).Select(seed => string.Join(",", QuizDraw.Draw(bank, 5, seed))).Distinct();

        Assert.True(draws.Count() > 1);
        Assert.Equal(bank.Order(), QuizDraw.Draw(bank, 30, 3).Order());
        Assert.Throws<ArgumentOutOfRangeException>(() => QuizDraw.Draw(bank, 31, 3));
    }

    [Fact]
    public void Answers_of_the_right_shape_pass()
    {
        Question single = Single(), multiple = Multiple(), trueFalse = TrueFalse(), shortAnswer = Short();

        var errors = AnswerRules.Validate(
            [
                new SubmittedAnswer(single.Id, [0], null, null),
                new SubmittedAnswer(multiple.Id, [2, 1], null, null),
                new SubmittedAnswer(trueFalse.Id, null, false, null),
                new SubmittedAnswer(shortAnswer.Id, null, null, "Listen first."),
            ],
            Drawn(single, multiple, trueFalse, shortAnswer));

        Assert.Empty(errors);
    }

    [Fact]
    public void Answers_of_the_wrong_shape_are_named_one_by_one()
    {
        Question single = Single(), multiple = Multiple(), trueFalse = TrueFalse(), shortAnswer = Short();

        var errors = AnswerRules.Validate(
            [
                new SubmittedAnswer(single.Id, [0, 1], null, null),
                new SubmittedAnswer(multiple.Id, [5], null, null),
                new SubmittedAnswer(trueFalse.Id, [1], null, null),
                new SubmittedAnswer(shortAnswer.Id, null, true, " "),
                new SubmittedAnswer(Guid.CreateVersion7(), [0], null, null),
                new SubmittedAnswer(single.Id, [1], null, null),
                null,
            ],
            Drawn(single, multiple, trueFalse, shortAnswer));

        Assert.Equal(
            ["answers[0].choices", "answers[1].choices", "answers[2].choices", "answers[2].value", "answers[3].text", "answers[3].value",
             "answers[4].questionId", "answers[5].questionId", "answers[6]"],
            errors.Keys.Order());
        Assert.Equal(["answers"], AnswerRules.Validate(null, Drawn(single)).Keys);
    }

    [Fact]
    public void Grading_marks_choice_and_true_false_answers_and_leaves_short_answers_and_counts_missing_as_wrong()
    {
        Question single = Single(), multiple = Multiple(), trueFalse = TrueFalse(), shortAnswer = Short();

        var graded = QuizGrading.Grade(
            [single, multiple, trueFalse, shortAnswer],
            [
                new SubmittedAnswer(multiple.Id, [2, 0], null, null),
                new SubmittedAnswer(single.Id, [0], null, null),
                new SubmittedAnswer(shortAnswer.Id, null, null, "Listen."),
            ]);

        Assert.Equal([false, true, false, null], graded.Select(answer => answer.Correct));
        Assert.Equal([single.Id, multiple.Id, trueFalse.Id, shortAnswer.Id], graded.Select(answer => answer.QuestionId));
        Assert.Null(QuizGrading.ScorePercent(graded));
        Assert.Equal(33.33m, QuizGrading.ScorePercent(graded.Take(3).ToList()));
    }

    [Fact]
    public void An_attempt_passes_at_the_pass_mark_and_fails_below_it()
    {
        var course = Course.Create(new NewCourse("Red lines", "", CourseCategory.PlatformRulesAndRedLines), Now);
        course.Publish([new Lesson("L", "M", [])], "", Now);
        var settings = new AssessmentSettings(2, 10, 3, 50, 365);
        Question single = Single(), trueFalse = TrueFalse();

        var passed = QuizAttempt.Start(course, settings, Guid.CreateVersion7(), 1, [single.Id, trueFalse.Id], 1, Now);
        passed.Submit(QuizGrading.Grade([single, trueFalse], [new SubmittedAnswer(single.Id, [1], null, null)]), Now.AddMinutes(5));
        var failed = QuizAttempt.Start(course, settings, Guid.CreateVersion7(), 1, [single.Id, trueFalse.Id], 1, Now);
        failed.Submit(QuizGrading.Grade([single, trueFalse], []), Now.AddMinutes(5));

        Assert.Equal((AttemptStatus.Passed, 50m, 1), (passed.Status, passed.ScorePercent!.Value, passed.CourseVersion));
        Assert.Equal((AttemptStatus.Failed, 0m), (failed.Status, failed.ScorePercent!.Value));
    }

    [Fact]
    public void An_attempt_is_open_until_its_deadline_and_expired_after_it()
    {
        var course = Course.Create(new NewCourse("Red lines", "", CourseCategory.PlatformRulesAndRedLines), Now);
        var attempt = QuizAttempt.Start(course, new AssessmentSettings(1, 10, 3, 50, null), Guid.CreateVersion7(), 1, [Guid.CreateVersion7()], 1, Now);

        Assert.Equal(Now.AddMinutes(10), attempt.Deadline);
        Assert.Equal(AttemptStatus.InProgress, attempt.StatusAt(Now.AddMinutes(10)));
        Assert.Equal(AttemptStatus.Expired, attempt.StatusAt(Now.AddMinutes(10).AddTicks(1)));
        Assert.Throws<InvalidOperationException>(() => attempt.Submit([], Now.AddMinutes(11)));
    }

    [Fact]
    public void Short_answers_wait_for_a_person_and_their_grades_decide_the_attempt()
    {
        var course = Course.Create(new NewCourse("Soft skills", "", CourseCategory.SoftSkillsAndEmotionalResilience), Now);
        Question trueFalse = TrueFalse(), shortAnswer = Short();
        var attempt = QuizAttempt.Start(course, new AssessmentSettings(2, 10, 3, 100, null), Guid.CreateVersion7(), 1, [trueFalse.Id, shortAnswer.Id], 1, Now);
        attempt.Submit(QuizGrading.Grade([trueFalse, shortAnswer],
            [new SubmittedAnswer(trueFalse.Id, null, true, null), new SubmittedAnswer(shortAnswer.Id, null, null, "Listen.")]), Now);

        Assert.Equal(AttemptStatus.AwaitingGrading, attempt.Status);
        Assert.Equal([shortAnswer.Id], attempt.UngradedQuestionIds());
        Assert.Equal(["grades"], AttemptRules.ValidateGrades([], attempt.UngradedQuestionIds().ToHashSet()).Keys);
        Assert.Equal(["grades[0].correct", "grades[1].questionId"], AttemptRules.ValidateGrades(
            [new ShortAnswerGrade(shortAnswer.Id, null), new ShortAnswerGrade(trueFalse.Id, true)], attempt.UngradedQuestionIds().ToHashSet()).Keys.Order());

        attempt.GradeShortAnswers(new Dictionary<Guid, bool> { [shortAnswer.Id] = true }, Now.AddHours(1));

        Assert.Equal((AttemptStatus.Passed, 100m), (attempt.Status, attempt.ScorePercent!.Value));
    }

    [Fact]
    public void Starting_needs_courseware_a_quiz_a_big_enough_bank_no_open_attempt_and_attempts_left()
    {
        var course = Course.Create(new NewCourse("Red lines", "", CourseCategory.PlatformRulesAndRedLines), Now);
        var agent = Guid.CreateVersion7();

        Assert.Contains("courseware", AttemptRules.WhyNotStart(course, 5, [], Now));
        course.Publish([new Lesson("L", "M", [])], "", Now);
        Assert.Contains("quiz", AttemptRules.WhyNotStart(course, 5, [], Now));
        var settings = new AssessmentSettings(3, 10, 2, 50, null);
        course.SetAssessment(settings);
        Assert.Contains("bank", AttemptRules.WhyNotStart(course, 2, [], Now));
        Assert.Null(AttemptRules.WhyNotStart(course, 3, [], Now));

        var open = QuizAttempt.Start(course, settings, agent, 1, [], 1, Now);
        Assert.Contains("still open", AttemptRules.WhyNotStart(course, 3, [open], Now.AddMinutes(5)));
        Assert.Null(AttemptRules.WhyNotStart(course, 3, [open], Now.AddMinutes(11)));
        var second = QuizAttempt.Start(course, settings, agent, 2, [], 1, Now.AddMinutes(11));
        Assert.Contains("2 attempts", AttemptRules.WhyNotStart(course, 3, [open, second], Now.AddMinutes(30)));
    }

    [Fact]
    public void A_certification_is_current_until_it_runs_out_then_due_for_one_announcement()
    {
        var course = Course.Create(new NewCourse("Red lines", "", CourseCategory.PlatformRulesAndRedLines), Now);
        course.Publish([new Lesson("L", "M", [])], "", Now);
        var attempt = QuizAttempt.Start(course, new AssessmentSettings(1, 10, 3, 50, 30), Guid.CreateVersion7(), 1, [], 1, Now);
        var certification = Certification.Grant(attempt, course, 30, Now);

        Assert.Equal(Now.AddDays(30), certification.ValidUntil);
        Assert.True(certification.IsCurrentAt(Now.AddDays(29)));
        Assert.False(certification.IsDueForExpiryAnnouncement(Now.AddDays(29)));
        Assert.True(certification.IsDueForExpiryAnnouncement(Now.AddDays(30)));

        certification.AnnounceExpiry(Now.AddDays(30));

        Assert.False(certification.IsCurrentAt(Now.AddDays(30)));
        Assert.False(certification.IsDueForExpiryAnnouncement(Now.AddDays(31)));
        Assert.Throws<InvalidOperationException>(() => certification.AnnounceExpiry(Now.AddDays(31)));
    }

    [Fact]
    public void A_superseded_certification_is_neither_current_nor_announced()
    {
        var course = Course.Create(new NewCourse("Red lines", "", CourseCategory.PlatformRulesAndRedLines), Now);
        var attempt = QuizAttempt.Start(course, new AssessmentSettings(1, 10, 3, 50, 30), Guid.CreateVersion7(), 1, [], 1, Now);
        var certification = Certification.Grant(attempt, course, 30, Now);

        certification.Supersede(Now.AddDays(20));

        Assert.False(certification.IsCurrentAt(Now.AddDays(21)));
        Assert.False(certification.IsDueForExpiryAnnouncement(Now.AddDays(40)));
    }
}
