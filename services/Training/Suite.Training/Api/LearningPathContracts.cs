using Suite.Training.Domain;

namespace Suite.Training.Api;

/// <summary>The body of POST /api/training/learning-paths. Most paths are not the default, and some need no description.</summary>
public sealed record CreateLearningPathRequest(
    string Name,
    LearningPathKind Kind,
    int DueAfterDays,
    string? Description = null,
    bool IsDefaultOnboarding = false);

public sealed record LearningPathResponse(
    Guid Id,
    string Name,
    string Description,
    LearningPathKind Kind,
    int DueAfterDays,
    bool IsDefaultOnboarding,
    DateTimeOffset CreatedAt)
{
    public static LearningPathResponse From(LearningPath path) => new(
        path.Id, path.Name, path.Description, path.Kind, path.DueAfterDays, path.IsDefaultOnboarding, path.CreatedAt);
}
