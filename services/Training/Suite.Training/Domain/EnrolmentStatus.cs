namespace Suite.Training.Domain;

/// <summary>How far an agent has got with a learning path. Values start at 1, like every enum on the wire.</summary>
public enum EnrolmentStatus
{
    NotStarted = 1,
    InProgress = 2,
    Completed = 3,
}
