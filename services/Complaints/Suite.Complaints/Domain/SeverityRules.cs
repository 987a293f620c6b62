namespace Suite.Complaints.Domain;

/// <summary>How severe a complaint is when the person filing it does not say.</summary>
public static class SeverityRules
{
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
}
