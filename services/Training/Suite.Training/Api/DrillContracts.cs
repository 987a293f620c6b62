using Suite.Training.Domain;

namespace Suite.Training.Api;

/// <summary>The body of POST /api/training/scenarios.</summary>
public sealed record CreateScenarioRequest(string Title, CourseCategory Category, string CustomerPersona, string Situation, IReadOnlyList<string>? KeyPoints)
{
    public NewScenario ToNewScenario() => new(Title ?? "", Category, CustomerPersona ?? "", Situation ?? "", KeyPoints ?? []);
}

public sealed record ScenarioResponse(
    Guid Id, string Title, CourseCategory Category, string CustomerPersona, string Situation, IReadOnlyList<string> KeyPoints, DateTimeOffset CreatedAt)
{
    public static ScenarioResponse From(RolePlayScenario scenario) => new(
        scenario.Id, scenario.Title, scenario.Category, scenario.CustomerPersona, scenario.Situation, scenario.KeyPoints, scenario.CreatedAt);
}

/// <summary>The body of POST /api/training/drills: pairs an agent with the evaluator who plays the customer.</summary>
public sealed record CreateDrillRequest(Guid ScenarioId, Guid AgentId, Guid EvaluatorId);

/// <summary>The body of POST /api/training/drills/{id}/score: one rubric score (0-4) per key point, in order, and feedback.</summary>
public sealed record ScoreDrillRequest(IReadOnlyList<int>? PointScores, string? Feedback);

public sealed record DrillResponse(
    Guid Id, Guid ScenarioId, string ScenarioTitle, Guid AgentId, Guid EvaluatorId, DrillStatus Status,
    IReadOnlyList<int> PointScores, decimal? ScorePercent, string Feedback, DateTimeOffset CreatedAt, DateTimeOffset? ScoredAt)
{
    public static DrillResponse From(DrillSession drill, string scenarioTitle) => new(
        drill.Id, drill.ScenarioId, scenarioTitle, drill.AgentId, drill.EvaluatorId, drill.Status, drill.PointScores,
        drill.ScorePercent, drill.Feedback, drill.CreatedAt, drill.ScoredAt);
}
