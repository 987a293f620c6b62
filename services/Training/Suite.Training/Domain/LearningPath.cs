using Suite.ServiceDefaults.Data;

namespace Suite.Training.Domain;

/// <summary>A sequence of training an agent is enrolled in and must finish within a number of days.</summary>
public sealed class LearningPath : ITenantOwned
{
    private LearningPath()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Description { get; private set; } = "";

    public LearningPathKind Kind { get; private set; }

    /// <summary>Days after enrolment (for onboarding: after the hire date) by which the path must be finished.</summary>
    public int DueAfterDays { get; private set; }

    /// <summary>The path every new hire of the tenant is enrolled in; at most one per tenant.</summary>
    public bool IsDefaultOnboarding { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Creates a path whose details have passed <see cref="LearningPathRules.Validate"/>.</summary>
    public static LearningPath Create(NewLearningPath details, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Name = details.Name.Trim(),
        Description = (details.Description ?? "").Trim(),
        Kind = details.Kind,
        DueAfterDays = details.DueAfterDays,
        IsDefaultOnboarding = details.IsDefaultOnboarding,
        CreatedAt = now,
    };

    public static LearningPath CreateStandardOnboarding(DateTimeOffset now) => Create(StandardOnboarding.Details, now);

    public DateOnly DueOnFor(DateOnly startsOn) => startsOn.AddDays(DueAfterDays);

    /// <summary>Called when another path is designated the default, which a tenant has only one of.</summary>
    public void StopBeingDefaultOnboarding() => IsDefaultOnboarding = false;
}
