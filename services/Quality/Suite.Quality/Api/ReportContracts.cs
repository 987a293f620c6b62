using Suite.Quality.Domain;

namespace Suite.Quality.Api;

public sealed record RedLineRuleCount(string Rule, int Hits);

public sealed record RedLineCategoryCount(RedLineCategory Category, int Hits, int Conversations, IReadOnlyList<RedLineRuleCount> Rules);

public sealed record RedLineReport(DateOnly From, DateOnly To, IReadOnlyList<RedLineCategoryCount> Categories);

public sealed record EvaluatorWorkload(string EvaluatorId, int EvaluationsCompleted, int DisputesReviewed, int SpotChecksAssigned);

public sealed record EvaluatorWorkloadReport(DateOnly From, DateOnly To, IReadOnlyList<EvaluatorWorkload> Evaluators);

/// <summary>
/// agentIds are the agents counted: the members of team as Scheduling lists them, or those the caller named;
/// none means the whole centre. Months is always monthly; periods follows the granularity asked for.
/// </summary>
public sealed record QaTrendReport(
    DateOnly From, DateOnly To, IReadOnlyList<Guid> AgentIds, IReadOnlyList<QaMonth> Months,
    string? Team, TrendGranularity Granularity, IReadOnlyList<QaPeriod> Periods);
