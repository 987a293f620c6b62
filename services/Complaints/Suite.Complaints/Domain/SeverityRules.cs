namespace Suite.Complaints.Domain;

/// <summary>How severe a complaint is and whether it is major, by rule, before anyone overrides it.</summary>
public static class SeverityRules
{
    /// <summary>A customer with this many earlier complaints on the same platform within the window is a repeat complainant.</summary>
    public const int RepeatComplaintThreshold = 2;

    public static readonly TimeSpan RepeatWindow = TimeSpan.FromDays(90);

    /// <summary>The reasons a person filing a complaint can declare; the others are found by the rules.</summary>
    public static readonly IReadOnlyList<MajorReason> Declarable = [MajorReason.Safety, MajorReason.Legal, MajorReason.Media, MajorReason.Vip];

    /// <summary>
    /// Complaints about how an agent behaved and claims for money go to P2: both count against the
    /// store on the platform and turn into disputes if they wait. Everything else starts at P3 and is
    /// raised by hand (or by escalation) when it turns out to be worse.
    /// </summary>
    public static ComplaintSeverity DefaultFor(ComplaintCategory category) => category switch
    {
        ComplaintCategory.ServiceAttitude or ComplaintCategory.RefundOrCompensation => ComplaintSeverity.P2,
        _ => ComplaintSeverity.P3,
    };

    /// <summary>An explicit severity always wins over the category's default.</summary>
    public static ComplaintSeverity Resolve(ComplaintCategory category, ComplaintSeverity? requested) =>
        requested ?? DefaultFor(category);

    /// <summary>
    /// A major complaint is P1 whatever was asked for: safety, legal and media risks and VIP or repeat
    /// customers cannot wait in a P3 queue.
    /// </summary>
    public static SeverityAssessment Assess(
        ComplaintCategory category, ComplaintSeverity? requested, IEnumerable<MajorReason> declared, int earlierComplaintsByCustomer)
    {
        var reasons = declared.Distinct().ToList();
        if (earlierComplaintsByCustomer >= RepeatComplaintThreshold && !reasons.Contains(MajorReason.RepeatComplainant))
        {
            reasons.Add(MajorReason.RepeatComplainant);
        }

        reasons.Sort();
        return reasons.Count > 0
            ? new SeverityAssessment(ComplaintSeverity.P1, true, reasons)
            : new SeverityAssessment(Resolve(category, requested), false, reasons);
    }
}

public sealed record SeverityAssessment(ComplaintSeverity Severity, bool Major, IReadOnlyList<MajorReason> Reasons);
