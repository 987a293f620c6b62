namespace Suite.Training.Domain;

/// <summary>
/// The suite's own onboarding path, given to a tenant whose first hire arrives before any supervisor
/// has designated one, so that no new hire goes without onboarding.
/// </summary>
public static class StandardOnboarding
{
    public const string Name = "New-hire onboarding";

    public const int DueAfterDays = 30;

    public const string Description =
        "What every new hire learns before serving customers alone: the platforms' rules and red lines that must " +
        "never be crossed; pre-sales service standards (product knowledge, reception flow, recommending and urging " +
        "payment); after-sales service standards (returns, refunds, bad-review callbacks, complaints); the KPIs " +
        "agents are appraised on (response time, conversion, satisfaction, QA score); and the communication SOPs: " +
        "unified phrasing that shows the brand's professionalism and the chat conventions quality inspection checks.";

    public static NewLearningPath Details { get; } =
        new(Name, Description, LearningPathKind.Onboarding, DueAfterDays, IsDefaultOnboarding: true);
}
