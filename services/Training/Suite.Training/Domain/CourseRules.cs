using Suite.Contracts;

namespace Suite.Training.Domain;

/// <summary>What makes a course, its courseware and its quiz settings acceptable. Every problem at once, per field.</summary>
public static class CourseRules
{
    public const int MaxTitleLength = 150;
    public const int MaxDescriptionLength = 2000;
    public const int MaxLessons = 100;
    public const int MaxLessonTitleLength = 200;
    public const int MaxMarkdownLength = 100_000;
    public const int MaxAttachments = 20;
    public const int MaxAttachmentTitleLength = 200;
    public const int MaxUrlLength = 2000;
    public const int MaxChangeNoteLength = 500;

    public static Dictionary<string, string[]> Validate(NewCourse course)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(course.Title) || course.Title.Trim().Length > MaxTitleLength)
        {
            errors["title"] = [$"Title is required and at most {MaxTitleLength} characters."];
        }

        if ((course.Description ?? "").Trim().Length > MaxDescriptionLength)
        {
            errors["description"] = [$"Description is at most {MaxDescriptionLength} characters."];
        }

        if (!Enum.IsDefined(course.Category))
        {
            errors["category"] = [$"Category must be one of {string.Join(", ", WireNames.All<CourseCategory>())}."];
        }

        return errors;
    }

    public static Dictionary<string, string[]> Validate(IReadOnlyList<Lesson>? lessons, string? changeNote)
    {
        var errors = new Dictionary<string, string[]>();
        if ((changeNote ?? "").Trim().Length > MaxChangeNoteLength)
        {
            errors["changeNote"] = [$"Change note is at most {MaxChangeNoteLength} characters."];
        }

        if (lessons is null || lessons.Count is 0 or > MaxLessons)
        {
            errors["lessons"] = [$"A version has between 1 and {MaxLessons} lessons."];
            return errors;
        }

        for (var i = 0; i < lessons.Count; i++)
        {
            ValidateLesson(lessons[i], $"lessons[{i}]", errors);
        }

        return errors;
    }

    public static Dictionary<string, string[]> Validate(AssessmentSettings settings)
    {
        var errors = new Dictionary<string, string[]>();
        Range(settings.QuestionsPerAttempt, 1, 100, "questionsPerAttempt", errors);
        Range(settings.TimeLimitMinutes, 1, 480, "timeLimitMinutes", errors);
        Range(settings.MaxAttempts, 1, 20, "maxAttempts", errors);
        Range(settings.PassMarkPercent, 1, 100, "passMarkPercent", errors);
        if (settings.CertificationValidityDays is { } days)
        {
            Range(days, 1, 1095, "certificationValidityDays", errors);
        }

        return errors;
    }

    private static void ValidateLesson(Lesson? lesson, string at, Dictionary<string, string[]> errors)
    {
        if (lesson is null)
        {
            errors[at] = ["A lesson is required."];
            return;
        }

        if (string.IsNullOrWhiteSpace(lesson.Title) || lesson.Title.Trim().Length > MaxLessonTitleLength)
        {
            errors[$"{at}.title"] = [$"Title is required and at most {MaxLessonTitleLength} characters."];
        }

        if (string.IsNullOrWhiteSpace(lesson.Markdown) || lesson.Markdown.Length > MaxMarkdownLength)
        {
            errors[$"{at}.markdown"] = [$"Markdown is required and at most {MaxMarkdownLength} characters."];
        }

        var attachments = lesson.Attachments ?? [];
        if (attachments.Count > MaxAttachments)
        {
            errors[$"{at}.attachments"] = [$"A lesson has at most {MaxAttachments} attachments."];
            return;
        }

        for (var j = 0; j < attachments.Count; j++)
        {
            var attachment = attachments[j];
            if (string.IsNullOrWhiteSpace(attachment?.Title) || attachment.Title.Trim().Length > MaxAttachmentTitleLength)
            {
                errors[$"{at}.attachments[{j}].title"] = [$"Title is required and at most {MaxAttachmentTitleLength} characters."];
            }

            if (!IsWebAddress(attachment?.Url))
            {
                errors[$"{at}.attachments[{j}].url"] = [$"Url must be an absolute http or https address of at most {MaxUrlLength} characters."];
            }
        }
    }

    private static bool IsWebAddress(string? url) =>
        url is not null && url.Trim().Length <= MaxUrlLength
        && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static void Range(int value, int min, int max, string field, Dictionary<string, string[]> errors)
    {
        if (value < min || value > max)
        {
            errors[field] = [$"Must be between {min} and {max}."];
        }
    }
}
