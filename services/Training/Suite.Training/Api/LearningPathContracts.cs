using Suite.Training.Domain;

namespace Suite.Training.Api;

/// <summary>The body of POST /api/training/learning-paths.</summary>
public sealed record CreateLearningPathRequest(
    string Name,
    string? Description,
    LearningPathKind Kind,
    int DueAfterDays,
    bool IsDefaultOnboarding);

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
