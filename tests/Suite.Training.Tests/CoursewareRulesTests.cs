using Suite.Training.Domain;

namespace Suite.Training.Tests;

public sealed class CoursewareRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private static Lesson Lesson(string title = "Red lines", string markdown = "# Never", params Attachment[] attachments) => new(title, markdown, attachments);

    [Fact]
    public void A_valid_course_has_no_errors() =>
        Assert.Empty(CourseRules.Validate(new NewCourse("After-sales standards", "Returns and refunds.", CourseCategory.AfterSales)));

    [Fact]
    public void Every_course_problem_is_reported_at_once() =>
        Assert.Equal(["category", "description", "title"],
            CourseRules.Validate(new NewCourse(" ", new string('d', 2001), (CourseCategory)0)).Keys.Order());

    [Fact]
    public void Lessons_are_checked_one_by_one_naming_the_lesson_and_attachment()
    {
        var errors = CourseRules.Validate(
            [Lesson(), Lesson(" ", ""), Lesson("Slides", "Body", new Attachment("Deck", "ftp://files/deck"), new Attachment("", "https://ok.example.com/x"))],
            new string('n', 501));

        Assert.Equal(
            ["changeNote", "lessons[1].markdown", "lessons[1].title", "lessons[2].attachments[0].url", "lessons[2].attachments[1].title"],
            errors.Keys.Order());
    }

    [Fact]
    public void A_version_needs_at_least_one_lesson()
    {
        Assert.Equal(["lessons"], CourseRules.Validate([], null).Keys);
        Assert.Equal(["lessons"], CourseRules.Validate(null, null).Keys);
    }

    [Fact]
    public void Quiz_settings_are_range_checked_and_certification_is_optional()
    {
        Assert.Empty(CourseRules.Validate(new AssessmentSettings(10, 30, 3, 80, null)));
        Assert.Equal(["certificationValidityDays", "maxAttempts", "passMarkPercent", "questionsPerAttempt", "timeLimitMinutes"],
            CourseRules.Validate(new AssessmentSettings(0, 481, 0, 101, 0)).Keys.Order());
    }

    [Fact]
    public void Publishing_counts_versions_up_and_keeps_each_versions_lessons()
    {
        var course = Course.Create(new NewCourse("KPIs", "", CourseCategory.KpisAndPerformance), Now);

        var first = course.Publish([Lesson("Response time")], "", Now);
        var second = course.Publish([Lesson("Response time"), Lesson("Conversion")], "Adds conversion", Now.AddDays(1));

        Assert.Equal((1, 2, 2), (first.Number, second.Number, course.LatestVersion));
        Assert.Single(first.Lessons);
        Assert.Equal(2, second.Lessons.Count);
        Assert.Equal(course.Id, first.CourseId);
    }

    [Fact]
    public void A_path_takes_each_known_course_once()
    {
        var a = Guid.CreateVersion7();
        var b = Guid.CreateVersion7();
        var unknown = Guid.CreateVersion7();

        Assert.Empty(LearningPathRules.ValidateCourses([a, b], new HashSet<Guid> { a, b }));
        Assert.Empty(LearningPathRules.ValidateCourses([], new HashSet<Guid>()));
        Assert.Equal(["courseIds[1]", "courseIds[2]"],
            LearningPathRules.ValidateCourses([a, a, unknown], new HashSet<Guid> { a }).Keys.Order());
        Assert.Equal(["courseIds"], LearningPathRules.ValidateCourses(null, new HashSet<Guid>()).Keys);
    }

    [Fact]
    public void A_path_sequence_numbers_courses_from_one_in_the_given_order()
    {
        var a = Guid.CreateVersion7();
        var b = Guid.CreateVersion7();

        var sequence = LearningPathCourse.Sequence(Guid.CreateVersion7(), [b, a], Now);

        Assert.Equal([(1, b), (2, a)], sequence.Select(entry => (entry.Position, entry.CourseId)));
    }
}
