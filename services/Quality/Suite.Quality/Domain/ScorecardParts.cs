namespace Suite.Quality.Domain;

/// <summary>How a criterion counts towards the score.</summary>
public enum CriterionKind
{
    /// <summary>Its weight in points, earned when met.</summary>
    Standard = 1,

    /// <summary>A red line: not met zeroes the whole evaluation or its section (see <see cref="CriticalScope"/>).</summary>
    Critical,

    /// <summary>Points added when met, never part of the denominator.</summary>
    Bonus,
}

/// <summary>What a failed critical criterion zeroes.</summary>
public enum CriticalScope
{
    Evaluation = 1,
    Section,
}

/// <summary>An evaluator's verdict on one criterion.</summary>
public enum CriterionOutcome
{
    Met = 1,
    NotMet,
    NotApplicable,
}

/// <summary>
/// One criterion. Weight is in points: a standard or critical criterion's weight is earned when met and
/// is in the denominator unless answered N/A; a critical criterion may weigh 0 and only gate.
/// </summary>
public sealed record ScorecardCriterion(
    string Key,
    string Name,
    decimal Weight,
    CriterionKind Kind,
    bool AllowNotApplicable,
    CriticalScope? CriticalScope);

public sealed record ScorecardSection(string Key, string Name, IReadOnlyList<ScorecardCriterion> Criteria);

/// <summary>A validated scorecard version's content.</summary>
public sealed record NewScorecard(string Key, string Name, string? Channel, string? StoreCode, IReadOnlyList<ScorecardSection> Sections);
