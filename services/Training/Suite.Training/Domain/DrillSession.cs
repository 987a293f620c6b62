using Suite.ServiceDefaults.Data;

namespace Suite.Training.Domain;

/// <summary>
/// One agent rehearsing one scenario with an evaluator playing the customer. The evaluator scores each key
/// point on the rubric and writes feedback; a scored drill is final.
/// </summary>
public sealed class DrillSession : ITenantOwned
{
    private DrillSession()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid ScenarioId { get; private set; }

    public Guid AgentId { get; private set; }

    /// <summary>The person playing the customer and scoring, as Scheduling knows them.</summary>
    public Guid EvaluatorId { get; private set; }

    public DrillStatus Status { get; private set; }

    /// <summary>One rubric score per key point of the scenario, in the scenario's order.</summary>
    public List<int> PointScores { get; private set; } = [];

    public decimal? ScorePercent { get; private set; }

    public string Feedback { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ScoredAt { get; private set; }

    public static DrillSession Pair(Guid scenarioId, Guid agentId, Guid evaluatorId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ScenarioId = scenarioId,
        AgentId = agentId,
        EvaluatorId = evaluatorId,
        Status = DrillStatus.Open,
        CreatedAt = now,
    };

    /// <summary>Records scores that have passed <see cref="DrillRules.ValidateScoring"/>.</summary>
    public void Score(IReadOnlyList<int> pointScores, string feedback, DateTimeOffset now)
    {
        if (Status != DrillStatus.Open)
        {
            throw new InvalidOperationException($"Drill {Id} was already scored.");
        }

        PointScores = [.. pointScores];
        ScorePercent = DrillRules.ScorePercent(pointScores);
        Feedback = feedback.Trim();
        Status = DrillStatus.Scored;
        ScoredAt = now;
    }
}

/// <summary>Where a drill stands. Values start at 1, like every enum on the wire.</summary>
public enum DrillStatus
{
    Open = 1,
    Scored = 2,
}
