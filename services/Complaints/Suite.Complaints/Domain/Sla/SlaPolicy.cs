using Suite.ServiceDefaults.Data;

namespace Suite.Complaints.Domain.Sla;

/// <summary>
/// Targets for the complaints it matches. Policies are tried by rank, lowest first, and the first whose
/// conditions all hold applies; a condition left empty matches anything.
/// </summary>
public sealed class SlaPolicy : ITenantOwned
{
    private SlaPolicy()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public int Rank { get; private set; }

    public string Name { get; private set; } = "";

    public string? StoreCode { get; private set; }

    public ComplaintChannel? Channel { get; private set; }

    public ComplaintSeverity? Severity { get; private set; }

    public ComplaintCategory? Category { get; private set; }

    public int FirstResponseMinutes { get; private set; }

    public int NextUpdateMinutes { get; private set; }

    public int ResolutionMinutes { get; private set; }

    public SlaTargets Targets => new(
        TimeSpan.FromMinutes(FirstResponseMinutes), TimeSpan.FromMinutes(NextUpdateMinutes), TimeSpan.FromMinutes(ResolutionMinutes));

    public static SlaPolicy Create(SlaPolicyDetails details, DateTimeOffset now)
    {
        var policy = new SlaPolicy { Id = Guid.CreateVersion7(now) };
        policy.Apply(details);
        return policy;
    }

    public void Apply(SlaPolicyDetails details)
    {
        Rank = details.Rank;
        Name = details.Name.Trim();
        StoreCode = string.IsNullOrWhiteSpace(details.StoreCode) ? null : details.StoreCode.Trim();
        Channel = details.Channel;
        Severity = details.Severity;
        Category = details.Category;
        FirstResponseMinutes = details.FirstResponseMinutes;
        NextUpdateMinutes = details.NextUpdateMinutes;
        ResolutionMinutes = details.ResolutionMinutes;
    }

    public bool Matches(string storeCode, ComplaintChannel channel, ComplaintSeverity severity, ComplaintCategory category) =>
        (StoreCode is null || StoreCode == storeCode)
        && (Channel is null || Channel == channel)
        && (Severity is null || Severity == severity)
        && (Category is null || Category == category);

    /// <summary>The policy that applies to a complaint, or null when none does (it then has no SLA).</summary>
    public static SlaPolicy? For(IEnumerable<SlaPolicy> policies, Complaint complaint) =>
        policies.OrderBy(policy => policy.Rank).ThenBy(policy => policy.Id)
            .FirstOrDefault(policy => policy.Matches(complaint.StoreCode, complaint.Channel, complaint.Severity, complaint.Category));
}

public sealed record SlaPolicyDetails(
    int Rank,
    string Name,
    string? StoreCode,
    ComplaintChannel? Channel,
    ComplaintSeverity? Severity,
    ComplaintCategory? Category,
    int FirstResponseMinutes,
    int NextUpdateMinutes,
    int ResolutionMinutes);
