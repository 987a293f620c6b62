using Suite.Training.Domain;

namespace Suite.Training.Api;

/// <summary>The body of POST /api/training/courses.</summary>
public sealed record CreateCourseRequest(string Title, CourseCategory Category, string? Description = null);

public sealed record AttachmentRequest(string Title, string Url);

public sealed record LessonRequest(string Title, string Markdown, IReadOnlyList<AttachmentRequest>? Attachments = null);

/// <summary>The body of POST /api/training/courses/{id}/versions: the whole courseware of the new version.</summary>
public sealed record PublishVersionRequest(IReadOnlyList<LessonRequest?>? Lessons, string? ChangeNote = null)
{
    public List<Lesson>? ToLessons() => Lessons?.Select(lesson => lesson is null
            ? null!
            : new Lesson(lesson.Title ?? "", lesson.Markdown ?? "",
                (lesson.Attachments ?? []).Select(a => a is null ? null! : new Attachment(a.Title ?? "", a.Url ?? "")).ToList()))
        .ToList();
}

/// <summary>The body of PUT /api/training/courses/{id}/assessment. Leave the validity out for a quiz that certifies nothing.</summary>
public sealed record AssessmentRequest(
    int QuestionsPerAttempt,
    int TimeLimitMinutes,
    int MaxAttempts,
    int PassMarkPercent,
    int? CertificationValidityDays = null)
{
    public AssessmentSettings ToSettings() =>
        new(QuestionsPerAttempt, TimeLimitMinutes, MaxAttempts, PassMarkPercent, CertificationValidityDays);
}

public sealed record AssessmentResponse(
    int QuestionsPerAttempt,
    int TimeLimitMinutes,
    int MaxAttempts,
    int PassMarkPercent,
    int? CertificationValidityDays)
{
    public static AssessmentResponse? From(AssessmentSettings? settings) => settings is null
        ? null
        : new(settings.QuestionsPerAttempt, settings.TimeLimitMinutes, settings.MaxAttempts, settings.PassMarkPercent, settings.CertificationValidityDays);
}

public sealed record CourseResponse(
    Guid Id,
    string Title,
    string Description,
    CourseCategory Category,
    int LatestVersion,
    AssessmentResponse? Assessment,
    DateTimeOffset CreatedAt,
    Guid? RecertificationPathId)
{
    public static CourseResponse From(Course course) => new(
        course.Id, course.Title, course.Description, course.Category, course.LatestVersion,
        AssessmentResponse.From(course.Assessment), course.CreatedAt, course.RecertificationPathId);
}

/// <summary>The body of PUT /api/training/courses/{id}/recertification-path: a learning path of kind recertification.</summary>
public sealed record RecertificationPathRequest(Guid LearningPathId);

public sealed record CourseVersionResponse(
    Guid CourseId,
    int Number,
    string ChangeNote,
    IReadOnlyList<Lesson> Lessons,
    DateTimeOffset PublishedAt)
{
    public static CourseVersionResponse From(CourseVersion version) =>
        new(version.CourseId, version.Number, version.ChangeNote, version.Lessons, version.PublishedAt);
}

public sealed record CourseVersionSummary(int Number, string ChangeNote, int LessonCount, DateTimeOffset PublishedAt);
