namespace Suite.Quality.Domain;

/// <summary>
/// How the monthly appraisal combines its parts: weights of KPI attainment, QA average and training
/// status (each part scored 0 to 100), points deducted per upheld complaint, the share of the centre
/// named pacesetters, and the promotion rule of each step of the career ladder.
/// </summary>
public sealed record AppraisalPolicy(
    decimal KpiWeight,
    decimal QaWeight,
    decimal TrainingWeight,
    decimal PointsPerUpheldComplaint,
    decimal PacesetterTopPercent,
    IReadOnlyList<PromotionRule> Promotions)
{
    public const int MaxCertifications = 20;
    public const int MaxCertificationLength = 100;

    /// <summary>What a tenant is appraised under until it sets its own (seed 002: KPIs first, QA next, training as a gate).</summary>
    public static AppraisalPolicy Default { get; } = new(
        KpiWeight: 50, QaWeight: 40, TrainingWeight: 10, PointsPerUpheldComplaint: 5, PacesetterTopPercent: 10,
        Promotions:
        [
            new(CareerLevel.CustomerService, MinimumMonthsAtLevel: 3, MinimumScore: 85, MaxUpheldComplaints: 0, MaxRedLineHits: 0, RequiresTrainingComplete: true, RequiredCertifications: []),
            new(CareerLevel.GoldMedalCustomerService, 6, 90, 0, 0, true, []),
            new(CareerLevel.TeamLeader, 12, 90, 0, 0, true, []),
            new(CareerLevel.Supervisor, 12, 90, 0, 0, true, []),
            new(CareerLevel.Manager, 24, 90, 0, 0, true, []),
        ]);

    public PromotionRule? PromotionFrom(CareerLevel level) => Promotions.FirstOrDefault(rule => rule.FromLevel == level);

    /// <summary>The policy is replaced as a whole, so every field is required.</summary>
    public static Dictionary<string, string[]> Validate(AppraisalPolicyDraft draft)
    {
        var errors = new Dictionary<string, string[]>();
        CheckWeight(errors, "kpiWeight", draft.KpiWeight);
        CheckWeight(errors, "qaWeight", draft.QaWeight);
        CheckWeight(errors, "trainingWeight", draft.TrainingWeight);
        if (draft.KpiWeight is >= 0 and <= 100 && draft.QaWeight is >= 0 and <= 100 && draft.TrainingWeight is >= 0 and <= 100
            && draft.KpiWeight + draft.QaWeight + draft.TrainingWeight == 0)
        {
            errors["kpiWeight"] = ["At least one weight must be more than 0."];
        }

        if (draft.PointsPerUpheldComplaint is not (>= 0 and <= 100))
        {
            errors["pointsPerUpheldComplaint"] = ["pointsPerUpheldComplaint is required, 0 to 100."];
        }

        if (draft.PacesetterTopPercent is not (>= 0 and <= 100))
        {
            errors["pacesetterTopPercent"] = ["pacesetterTopPercent is required, 0 to 100."];
        }

        if (draft.Promotions is null)
        {
            errors["promotions"] = ["promotions is required (an empty list means nobody is eligible)."];
            return errors;
        }

        var seen = new HashSet<CareerLevel>();
        for (var index = 0; index < draft.Promotions.Count; index++)
        {
            CheckPromotion(errors, $"promotions[{index}]", draft.Promotions[index], seen);
        }

        return errors;
    }

    private static void CheckPromotion(Dictionary<string, string[]> errors, string path, PromotionRuleDraft? rule, HashSet<CareerLevel> seen)
    {
        if (rule is null)
        {
            errors[path] = ["A rule is required, not null."];
            return;
        }

        if (rule.FromLevel is not { } from)
        {
            errors[$"{path}.fromLevel"] = ["fromLevel is required."];
        }
        else if (CareerLadder.Next(from) is null)
        {
            errors[$"{path}.fromLevel"] = [$"{from} is the top of the ladder: there is nothing to be promoted to."];
        }
        else if (!seen.Add(from))
        {
            errors[$"{path}.fromLevel"] = ["One rule per level."];
        }

        if (rule.MinimumMonthsAtLevel is not (>= 0 and <= 600))
        {
            errors[$"{path}.minimumMonthsAtLevel"] = ["minimumMonthsAtLevel is required, 0 to 600."];
        }

        if (rule.MinimumScore is not (>= 0 and <= 100))
        {
            errors[$"{path}.minimumScore"] = ["minimumScore is required, 0 to 100."];
        }

        if (rule.MaxUpheldComplaints is not >= 0)
        {
            errors[$"{path}.maxUpheldComplaints"] = ["maxUpheldComplaints is required, 0 or more."];
        }

        if (rule.MaxRedLineHits is not >= 0)
        {
            errors[$"{path}.maxRedLineHits"] = ["maxRedLineHits is required, 0 or more (0: no red line crossed in the month)."];
        }

        if (rule.RequiresTrainingComplete is null)
        {
            errors[$"{path}.requiresTrainingComplete"] = ["requiresTrainingComplete is required."];
        }

        if (rule.RequiredCertifications is null || rule.RequiredCertifications.Count > MaxCertifications
            || rule.RequiredCertifications.Any(skill => string.IsNullOrWhiteSpace(skill) || skill.Trim().Length > MaxCertificationLength))
        {
            errors[$"{path}.requiredCertifications"] = [$"requiredCertifications is required: up to {MaxCertifications} skills, each 1 to {MaxCertificationLength} characters."];
        }
    }

    private static void CheckWeight(Dictionary<string, string[]> errors, string field, decimal? weight)
    {
        if (weight is not (>= 0 and <= 100))
        {
            errors[field] = [$"{field} is required, 0 to 100."];
        }
    }

    public static AppraisalPolicy From(AppraisalPolicyDraft draft) => new(
        draft.KpiWeight!.Value, draft.QaWeight!.Value, draft.TrainingWeight!.Value, draft.PointsPerUpheldComplaint!.Value,
        draft.PacesetterTopPercent!.Value,
        draft.Promotions!.Select(rule => new PromotionRule(
                rule!.FromLevel!.Value, rule.MinimumMonthsAtLevel!.Value, rule.MinimumScore!.Value, rule.MaxUpheldComplaints!.Value,
                rule.MaxRedLineHits!.Value, rule.RequiresTrainingComplete!.Value,
                rule.RequiredCertifications!.Select(skill => skill.Trim()).Distinct(StringComparer.Ordinal).ToList()))
            .OrderBy(rule => rule.FromLevel)
            .ToList());
}

/// <summary>
/// Who may move from <see cref="FromLevel"/> to the next level up: time on the level, a minimum appraisal
/// score, at most so many upheld complaints and red-line hits in the month, training up to date if
/// required, and the certifications (by skill, as Training grants them) the next level needs.
/// </summary>
public sealed record PromotionRule(
    CareerLevel FromLevel,
    int MinimumMonthsAtLevel,
    decimal MinimumScore,
    int MaxUpheldComplaints,
    int MaxRedLineHits,
    bool RequiresTrainingComplete,
    IReadOnlyList<string> RequiredCertifications);

public sealed record AppraisalPolicyDraft(
    decimal? KpiWeight,
    decimal? QaWeight,
    decimal? TrainingWeight,
    decimal? PointsPerUpheldComplaint,
    decimal? PacesetterTopPercent,
    IReadOnlyList<PromotionRuleDraft?>? Promotions);

public sealed record PromotionRuleDraft(
    CareerLevel? FromLevel,
    int? MinimumMonthsAtLevel,
    decimal? MinimumScore,
    int? MaxUpheldComplaints,
    int? MaxRedLineHits,
    bool? RequiresTrainingComplete,
    IReadOnlyList<string>? RequiredCertifications);
