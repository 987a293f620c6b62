namespace Suite.Quality.Domain;

/// <summary>
/// One reason an agent may not move up, as a code with its figures so a reader can word it in its own
/// language: what the rule requires and what the agent has (for a certification, the skill).
/// </summary>
public sealed record PromotionBlocker(string Code, decimal? Required, decimal? Actual, string? Skill)
{
    public const string LevelNotOnLadder = "level-not-on-ladder";
    public const string TopOfLadder = "top-of-ladder";
    public const string NoRule = "no-promotion-rule";
    public const string MonthsAtLevel = "months-at-level";
    public const string Score = "score";
    public const string UpheldComplaints = "upheld-complaints";
    public const string RedLineHits = "red-line-hits";
    public const string TrainingOverdue = "training-overdue";
    public const string CertificationMissing = "certification-missing";

    /// <summary>The English sentence of the blocker, as the verdict has always worded it.</summary>
    public string Sentence() => Code switch
    {
        LevelNotOnLadder => "The agent's level is not on the career ladder.",
        TopOfLadder => "The top of the career ladder.",
        NoRule => "The policy has no promotion rule from this level.",
        MonthsAtLevel => $"{Actual} months at the level; {Required} needed.",
        Score => $"Score {Actual}; at least {Required} needed.",
        UpheldComplaints => $"{Actual} upheld complaints; at most {Required} allowed.",
        RedLineHits => $"{Actual} red-line hits; at most {Required} allowed.",
        TrainingOverdue => "Training is overdue.",
        CertificationMissing => $"Certification '{Skill}' not held.",
        _ => throw new InvalidOperationException($"Unknown promotion blocker code '{Code}'."),
    };

    public static PromotionBlocker Plain(string code) => new(code, null, null, null);

    public static PromotionBlocker Short(string code, decimal required, decimal actual) => new(code, required, actual, null);
}
