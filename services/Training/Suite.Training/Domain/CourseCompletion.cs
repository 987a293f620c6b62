using Suite.ServiceDefaults.Data;

namespace Suite.Training.Domain;

/// <summary>
/// An agent finished a course by passing its quiz. It names the version they took, so publishing a
/// newer version never rewrites what they completed.
/// </summary>
public sealed class CourseCompletion : ITenantOwned
{
    private CourseCompletion()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid AgentId { get; private set; }

    public Guid CourseId { get; private set; }

    public int CourseVersion { get; private set; }

    public Guid AttemptId { get; private set; }

    public decimal ScorePercent { get; private set; }

    public DateTimeOffset CompletedAt { get; private set; }

    public static CourseCompletion Of(QuizAttempt passed, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AgentId = passed.AgentId,
        CourseId = passed.CourseId,
        CourseVersion = passed.CourseVersion,
        AttemptId = passed.Id,
        ScorePercent = passed.ScorePercent ?? 0m,
        CompletedAt = now,
    };
}
