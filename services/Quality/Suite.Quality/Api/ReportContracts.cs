using Suite.Quality.Domain;

namespace Suite.Quality.Api;

public sealed record RedLineRuleCount(string Rule, int Hits);

public sealed record RedLineCategoryCount(RedLineCategory Category, int Hits, int Conversations, IReadOnlyList<RedLineRuleCount> Rules);

public sealed record RedLineReport(DateOnly From, DateOnly To, IReadOnlyList<RedLineCategoryCount> Categories);

public sealed record EvaluatorWorkload(string EvaluatorId, int EvaluationsCompleted, int DisputesReviewed, int SpotChecksAssigned);

public sealed record EvaluatorWorkloadReport(DateOnly From, DateOnly To, IReadOnlyList<EvaluatorWorkload> Evaluators);

/// <summary>agentIds is the team (Quality does not own teams: the caller names its members); none means the whole centre.</summary>
public sealed record QaTrendReport(DateOnly From, DateOnly To, IReadOnlyList<Guid> AgentIds, IReadOnlyList<QaMonth> Months);
