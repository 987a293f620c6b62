namespace Suite.Quality.Domain;

/// <summary>
/// Where an evaluation stands: completed by an evaluator, then acknowledged by the agent, or disputed
/// and then reviewed by a second reviewer, whose verdict is final.
/// </summary>
public enum EvaluationStatus
{
    Completed = 1,
    Acknowledged,
    Disputed,
    Reviewed,
}
