using Suite.ServiceDefaults.Data;

namespace Suite.Training.Domain;

/// <summary>A course's place on a learning path: agents take a path's courses in <see cref="Position"/> order.</summary>
public sealed class LearningPathCourse : ITenantOwned
{
    private LearningPathCourse()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid LearningPathId { get; private set; }

    public Guid CourseId { get; private set; }

    /// <summary>1 for the first course of the path.</summary>
    public int Position { get; private set; }

    /// <summary>The path's courses in the given order, which has passed <see cref="LearningPathRules.ValidateCourses"/>.</summary>
    public static List<LearningPathCourse> Sequence(Guid learningPathId, IReadOnlyList<Guid> courseIds, DateTimeOffset now) =>
        courseIds.Select((courseId, index) => new LearningPathCourse
        {
            Id = Guid.CreateVersion7(now),
            LearningPathId = learningPathId,
            CourseId = courseId,
            Position = index + 1,
        }).ToList();
}
