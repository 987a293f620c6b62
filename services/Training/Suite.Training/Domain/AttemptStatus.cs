namespace Suite.Training.Domain;

/// <summary>Where a quiz attempt stands. Values start at 1, like every enum on the wire.</summary>
public enum AttemptStatus
{
    InProgress = 1,

    /// <summary>Submitted with short answers that a person has yet to grade.</summary>
    AwaitingGrading = 2,

    Passed = 3,
    Failed = 4,

    /// <summary>The time limit passed without a submission; never stored, read from the deadline.</summary>
    Expired = 5,
}
