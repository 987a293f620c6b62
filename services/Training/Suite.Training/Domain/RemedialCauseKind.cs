namespace Suite.Training.Domain;

/// <summary>What a remedial rule reacts to. Values start at 1 so a missing kind is refused.</summary>
public enum RemedialCauseKind
{
    /// <summary>A QA evaluation found this red line crossed (matched on the red line's code).</summary>
    RedLine = 1,

    /// <summary>A QA evaluation scored under the rule's threshold.</summary>
    LowScore = 2,

    /// <summary>A complaint of this category was resolved as upheld against the agent.</summary>
    ComplaintCategory = 3,

    /// <summary>A QA evaluation judged this scorecard criterion not met (matched on "section-key/criterion-key").</summary>
    Criterion = 4,
}
