using Suite.ServiceDefaults.Data;

namespace Suite.Training.Domain;

/// <summary>One published version of a course's courseware. Never changed once published.</summary>
public sealed class CourseVersion : ITenantOwned
{
    private CourseVersion()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid CourseId { get; private set; }

    /// <summary>1 for the first version, counting up per course.</summary>
    public int Number { get; private set; }

    public List<Lesson> Lessons { get; private set; } = [];

    /// <summary>What changed since the previous version, for agents who took that one.</summary>
    public string ChangeNote { get; private set; } = "";

    public DateTimeOffset PublishedAt { get; private set; }

    internal static CourseVersion Create(Course course, int number, IReadOnlyList<Lesson> lessons, string changeNote, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        CourseId = course.Id,
        Number = number,
        Lessons = lessons.Select(lesson => new Lesson(
            lesson.Title.Trim(), lesson.Markdown, lesson.Attachments.Select(a => new Attachment(a.Title.Trim(), a.Url.Trim())).ToList())).ToList(),
        ChangeNote = changeNote.Trim(),
        PublishedAt = now,
    };
}
