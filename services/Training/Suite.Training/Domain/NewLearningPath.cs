namespace Suite.Training.Domain;

/// <summary>What a supervisor enters to set up a learning path.</summary>
public sealed record NewLearningPath(
    string Name,
    string Description,
    LearningPathKind Kind,
    int DueAfterDays,
    bool IsDefaultOnboarding);
