namespace Suite.Quality.Domain;

/// <summary>What the monthly appraisal weighs for one agent.</summary>
public sealed record AppraisalInput(
    Guid AgentId,
    string Team,
    IReadOnlyList<KpiAttainment> Kpis,
    decimal? QaAverage,
    int UpheldComplaints,
    bool TrainingComplete);

/// <summary>
/// How the appraisal combines its parts: weights of KPI attainment, QA average and training status (each
/// scored 0 to 100), points deducted per upheld complaint, the share of the centre named pacesetters, and
/// the promotion rule of the career ladder.
/// </summary>
public sealed record AppraisalPolicy(
    decimal KpiWeight,
    decimal QaWeight,
    decimal TrainingWeight,
    decimal PointsPerUpheldComplaint,
    decimal PacesetterTopPercent,
    PromotionRule Promotion);

/// <summary>Who may move up a level: a minimum score, at most so many upheld complaints, training complete if required.</summary>
public sealed record PromotionRule(decimal MinimumScore, int MaxUpheldComplaints, bool RequiresTraining);

/// <summary>A KPI that falls short, and by how much in its own unit.</summary>
public sealed record KpiGap(string Code, string Name, decimal Target, decimal Actual, decimal Shortfall);

public sealed record AppraisalResult(
    Guid AgentId,
    string Team,
    decimal? KpiScore,
    decimal? QaScore,
    decimal TrainingScore,
    decimal Deduction,
    decimal Score,
    int TeamRank,
    int CentreRank,
    bool Pacesetter,
    bool PromotionEligible,
    IReadOnlyList<KpiGap> Gaps);

/// <summary>
/// The monthly appraisal. Each part is scored 0 to 100: KPIs as the average attainment capped at 100%
/// per KPI (a KPI without a figure is left out), QA as the average evaluation score, training as 100 or 0.
/// The score is the weighted average of the parts the agent has (a missing part's weight is spread
/// over the others), less the complaint deductions, never below 0. Ranks are standard competition
/// ranks (1, 2, 2, 4); pacesetters are the top share of the centre, ties at the boundary included.
/// </summary>
public static class AppraisalCalculator
{
    public static List<AppraisalResult> Appraise(IReadOnlyList<AppraisalInput> agents, AppraisalPolicy policy)
    {
        var scored = agents.Select(agent => Score(agent, policy)).ToList();
        var centreRanks = Ranks(scored);
        var pacesetterCount = scored.Count == 0 ? 0 : (int)Math.Ceiling(scored.Count * policy.PacesetterTopPercent / 100m);
        var teamRanks = scored.GroupBy(result => result.Team)
            .SelectMany(team => Ranks(team.ToList()))
            .ToDictionary(rank => rank.Key, rank => rank.Value);

        return scored.Select(result => result with
            {
                TeamRank = teamRanks[result.AgentId],
                CentreRank = centreRanks[result.AgentId],
                Pacesetter = centreRanks[result.AgentId] <= pacesetterCount,
            })
            .OrderBy(result => result.CentreRank).ThenBy(result => result.AgentId)
            .ToList();
    }

    private static AppraisalResult Score(AppraisalInput agent, AppraisalPolicy policy)
    {
        var attained = agent.Kpis.Where(kpi => kpi.Met is not null).ToList();
        decimal? kpiScore = attained.Count == 0 ? null
            : Round(attained.Average(kpi => kpi.Met == true ? 100m : Math.Min(1m, kpi.Attainment ?? 0m) * 100m));
        var trainingScore = agent.TrainingComplete ? 100m : 0m;

        var parts = new List<(decimal Weight, decimal Score)> { (policy.TrainingWeight, trainingScore) };
        if (kpiScore is { } kpi)
        {
            parts.Add((policy.KpiWeight, kpi));
        }

        if (agent.QaAverage is { } qa)
        {
            parts.Add((policy.QaWeight, qa));
        }

        var weights = parts.Sum(part => part.Weight);
        var combined = weights == 0 ? 0 : parts.Sum(part => part.Weight * part.Score) / weights;
        var deduction = agent.UpheldComplaints * policy.PointsPerUpheldComplaint;
        var score = Round(Math.Max(0, combined - deduction));
        var rule = policy.Promotion;
        var eligible = score >= rule.MinimumScore && agent.UpheldComplaints <= rule.MaxUpheldComplaints && (!rule.RequiresTraining || agent.TrainingComplete);
        var gaps = agent.Kpis.Where(kpi => kpi.Shortfall > 0)
            .Select(kpi => new KpiGap(kpi.Code, kpi.Name, kpi.Target, kpi.Actual!.Value, kpi.Shortfall!.Value))
            .ToList();
        return new AppraisalResult(agent.AgentId, agent.Team, kpiScore, agent.QaAverage, trainingScore, deduction, score, 0, 0, false, eligible, gaps);
    }

    private static Dictionary<Guid, int> Ranks(IReadOnlyList<AppraisalResult> results) =>
        results.ToDictionary(result => result.AgentId, result => 1 + results.Count(other => other.Score > result.Score));

    private static decimal Round(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);
}
