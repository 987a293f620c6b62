using Suite.ServiceDefaults.Data;

namespace Suite.Training.Domain;

/// <summary>
/// A course in one category. Its courseware is published as numbered, immutable versions, so what an
/// agent took stays readable after a newer version is published.
/// </summary>
public sealed class Course : ITenantOwned
{
    private Course()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    public CourseCategory Category { get; private set; }

    /// <summary>The number of the newest published version; 0 while nothing is published.</summary>
    public int LatestVersion { get; private set; }

    /// <summary>Null until the training lead sets up the course's quiz.</summary>
    public AssessmentSettings? Assessment { get; private set; }

    /// <summary>
    /// The learning path an agent is enrolled in to renew this course's certification; null until the
    /// training lead names one.
    /// </summary>
    public Guid? RecertificationPathId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Creates a course whose details have passed <see cref="CourseRules.Validate(NewCourse)"/>.</summary>
    public static Course Create(NewCourse details, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Title = details.Title.Trim(),
        Description = (details.Description ?? "").Trim(),
        Category = details.Category,
        CreatedAt = now,
    };

    /// <summary>Publishes lessons that have passed <see cref="CourseRules.Validate(IReadOnlyList{Lesson}?, string?)"/> as the next version.</summary>
    public CourseVersion Publish(IReadOnlyList<Lesson> lessons, string changeNote, DateTimeOffset now)
    {
        LatestVersion++;
        return CourseVersion.Create(this, LatestVersion, lessons, changeNote, now);
    }

    public void SetAssessment(AssessmentSettings settings) => Assessment = settings;

    /// <summary>Names the re-certification path, which the caller has checked is a re-certification path of the tenant.</summary>
    public void SetRecertificationPath(Guid learningPathId) => RecertificationPathId = learningPathId;
}
