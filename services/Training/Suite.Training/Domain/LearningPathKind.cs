namespace Suite.Training.Domain;

/// <summary>
/// Why a learning path exists. Values start at 1 so that a request that leaves the kind out is
/// refused instead of silently becoming an onboarding path.
/// </summary>
public enum LearningPathKind
{
    /// <summary>What every new hire learns before serving customers alone.</summary>
    Onboarding = 1,

    /// <summary>Deeper skills and business knowledge for agents past their first months.</summary>
    Advanced = 2,

    /// <summary>Assigned after a red-line hit or an upheld complaint.</summary>
    Remedial = 3,

    /// <summary>Renews a certification before it expires.</summary>
    Recertification = 4,
}
