namespace Suite.Quality.Domain;

/// <summary>What the monthly appraisal weighs for one agent.</summary>
public sealed record AppraisalInput(
    Guid AgentId,
    string Team,
    CareerLevel? Level,
    int MonthsAtLevel,
    IReadOnlyList<KpiAttainment> Kpis,
    decimal? QaAverage,
    int QaEvaluations,
    int UpheldComplaints,
    int RedLineHits,
    bool TrainingComplete,
    IReadOnlyCollection<string> Certifications);

/// <summary>A KPI that falls short: how far from the target, in its own unit, on the wrong side for its direction.</summary>
public sealed record KpiGap(string Code, string Name, KpiDirection Direction, decimal Target, decimal Actual, decimal Shortfall);

/// <summary>
/// Whether the agent may move up a level, and if not, every reason why not: in English (Blockers) and as
/// codes with figures (BlockerDetails, in the same order). Appraisals stored before the codes existed
/// read back with BlockerDetails null.
/// </summary>
public sealed record PromotionVerdict(CareerLevel? NextLevel, bool Eligible, IReadOnlyList<string> Blockers, IReadOnlyList<PromotionBlocker>? BlockerDetails)
{
    public static PromotionVerdict Of(CareerLevel? nextLevel, IReadOnlyList<PromotionBlocker> blockers) =>
        new(nextLevel, blockers.Count == 0, blockers.Select(blocker => blocker.Sentence()).ToList(), blockers);
}

public sealed record AppraisalResult(
    Guid AgentId,
    string Team,
    CareerLevel? Level,
    decimal? KpiScore,
    decimal? QaScore,
    int QaEvaluations,
    decimal TrainingScore,
    int UpheldComplaints,
    int RedLineHits,
    decimal Deduction,
    decimal Score,
    int TeamRank,
    int CentreRank,
    bool Pacesetter,
    PromotionVerdict Promotion,
    IReadOnlyList<KpiGap> Gaps);

/// <summary>
/// The monthly appraisal. Each part is scored 0 to 100: KPIs as the average attainment capped at 100%
/// per KPI (a KPI without a figure is left out), QA as the average evaluation score, training as 100
/// when nothing is overdue and 0 otherwise. The score is the weighted average of the parts the agent
/// has (a missing part's weight is spread over the others), less the complaint deductions, never
/// below 0.
/// Ties: ranks are standard competition ranks (1, 2, 2, 4), in the team and in the centre alike, so
/// agents with equal scores share a rank and the next rank is skipped. Pacesetters are the agents
/// ranked within the top share of the centre (ceiling of share x agents places); everyone tied at
/// the boundary is a pacesetter, and nobody with a score of 0 is.
/// </summary>
public static class AppraisalCalculator
{
    public static List<AppraisalResult> Appraise(IReadOnlyList<AppraisalInput> agents, AppraisalPolicy policy)
    {
        var scored = agents.Select(agent => Score(agent, policy)).ToList();
        var centreRanks = Ranks(scored);
        var places = scored.Count == 0 ? 0 : (int)Math.Ceiling(scored.Count * policy.PacesetterTopPercent / 100m);
        var teamRanks = scored.GroupBy(result => result.Team, StringComparer.Ordinal)
            .SelectMany(team => Ranks(team.ToList()))
            .ToDictionary(rank => rank.Key, rank => rank.Value);

        return scored.Select(result => result with
            {
                TeamRank = teamRanks[result.AgentId],
                CentreRank = centreRanks[result.AgentId],
                Pacesetter = centreRanks[result.AgentId] <= places && result.Score > 0,
            })
            .OrderBy(result => result.CentreRank).ThenBy(result => result.Team, StringComparer.Ordinal).ThenBy(result => result.AgentId)
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
        var gaps = agent.Kpis.Where(kpi => kpi.Shortfall > 0)
            .Select(kpi => new KpiGap(kpi.Code, kpi.Name, kpi.Direction, kpi.Target, kpi.Actual!.Value, kpi.Shortfall!.Value))
            .ToList();
        return new AppraisalResult(
            agent.AgentId, agent.Team, agent.Level, kpiScore, agent.QaAverage is { } average ? Round(average) : null, agent.QaEvaluations,
            trainingScore, agent.UpheldComplaints, agent.RedLineHits, deduction, score, 0, 0, false, Promotion(agent, score, policy), gaps);
    }

    private static PromotionVerdict Promotion(AppraisalInput agent, decimal score, AppraisalPolicy policy)
    {
        if (agent.Level is not { } level)
        {
            return PromotionVerdict.Of(null, [PromotionBlocker.Plain(PromotionBlocker.LevelNotOnLadder)]);
        }

        if (CareerLadder.Next(level) is not { } next)
        {
            return PromotionVerdict.Of(null, [PromotionBlocker.Plain(PromotionBlocker.TopOfLadder)]);
        }

        if (policy.PromotionFrom(level) is not { } rule)
        {
            return PromotionVerdict.Of(next, [PromotionBlocker.Plain(PromotionBlocker.NoRule)]);
        }

        var blockers = new List<PromotionBlocker>();
        if (agent.MonthsAtLevel < rule.MinimumMonthsAtLevel)
        {
            blockers.Add(PromotionBlocker.Short(PromotionBlocker.MonthsAtLevel, rule.MinimumMonthsAtLevel, agent.MonthsAtLevel));
        }

        if (score < rule.MinimumScore)
        {
            blockers.Add(PromotionBlocker.Short(PromotionBlocker.Score, rule.MinimumScore, score));
        }

        if (agent.UpheldComplaints > rule.MaxUpheldComplaints)
        {
            blockers.Add(PromotionBlocker.Short(PromotionBlocker.UpheldComplaints, rule.MaxUpheldComplaints, agent.UpheldComplaints));
        }

        if (agent.RedLineHits > rule.MaxRedLineHits)
        {
            blockers.Add(PromotionBlocker.Short(PromotionBlocker.RedLineHits, rule.MaxRedLineHits, agent.RedLineHits));
        }

        if (rule.RequiresTrainingComplete && !agent.TrainingComplete)
        {
            blockers.Add(PromotionBlocker.Plain(PromotionBlocker.TrainingOverdue));
        }

        blockers.AddRange(rule.RequiredCertifications
            .Where(skill => !agent.Certifications.Contains(skill))
            .Select(skill => new PromotionBlocker(PromotionBlocker.CertificationMissing, null, null, skill)));
        return PromotionVerdict.Of(next, blockers);
    }

    private static Dictionary<Guid, int> Ranks(IReadOnlyList<AppraisalResult> results) =>
        results.ToDictionary(result => result.AgentId, result => 1 + results.Count(other => other.Score > result.Score));

    private static decimal Round(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);
}
