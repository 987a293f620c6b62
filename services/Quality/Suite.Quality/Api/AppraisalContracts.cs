using Suite.Quality.Domain;

namespace Suite.Quality.Api;

/// <summary>The calendar month (UTC) to appraise.</summary>
public sealed record RunAppraisalRequest(int? Year, int? Month);

public sealed record AppraisalSummaryResponse(
    Guid Id, int Year, int Month, AppraisalStatus Status, int Agents, int Pacesetters, int PromotionEligible,
    DateTimeOffset ComputedAt, int Runs, DateTimeOffset? PublishedAt)
{
    public static AppraisalSummaryResponse From(Appraisal appraisal) => new(
        appraisal.Id, appraisal.Year, appraisal.Month, appraisal.Status, appraisal.Lines.Count,
        appraisal.Lines.Count(line => line.Pacesetter), appraisal.Lines.Count(line => line.Promotion.Eligible),
        appraisal.ComputedAt, appraisal.Runs, appraisal.PublishedAt);
}

/// <summary>Lines are ordered by centre rank; each names the agent's gaps (KPIs short of target) and promotion verdict.</summary>
public sealed record AppraisalResponse(
    Guid Id, int Year, int Month, AppraisalStatus Status, AppraisalPolicy Policy, IReadOnlyList<AppraisalResult> Lines,
    string ComputedBy, DateTimeOffset ComputedAt, int Runs, string? PublishedBy, DateTimeOffset? PublishedAt)
{
    public static AppraisalResponse From(Appraisal appraisal) => new(
        appraisal.Id, appraisal.Year, appraisal.Month, appraisal.Status, appraisal.Policy, appraisal.Lines,
        appraisal.ComputedBy, appraisal.ComputedAt, appraisal.Runs, appraisal.PublishedBy, appraisal.PublishedAt);
}

/// <summary>One agent's line of one month's appraisal.</summary>
public sealed record AgentAppraisalResponse(Guid AppraisalId, int Year, int Month, AppraisalStatus Status, AppraisalResult Line);

public sealed record AppraisalPolicyDocument(
    decimal? KpiWeight,
    decimal? QaWeight,
    decimal? TrainingWeight,
    decimal? PointsPerUpheldComplaint,
    decimal? PacesetterTopPercent,
    List<PromotionRuleDraft?>? Promotions)
{
    public AppraisalPolicyDraft ToDraft() => new(KpiWeight, QaWeight, TrainingWeight, PointsPerUpheldComplaint, PacesetterTopPercent, Promotions);

    public static AppraisalPolicyDocument From(AppraisalPolicy policy) => new(
        policy.KpiWeight, policy.QaWeight, policy.TrainingWeight, policy.PointsPerUpheldComplaint, policy.PacesetterTopPercent,
        policy.Promotions.Select(rule => (PromotionRuleDraft?)new PromotionRuleDraft(
            rule.FromLevel, rule.MinimumMonthsAtLevel, rule.MinimumScore, rule.MaxUpheldComplaints, rule.MaxRedLineHits,
            rule.RequiresTrainingComplete, rule.RequiredCertifications)).ToList());
}
