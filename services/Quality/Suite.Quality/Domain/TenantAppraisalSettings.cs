using Suite.ServiceDefaults.Data;

namespace Suite.Quality.Domain;

/// <summary>A tenant's own appraisal policy. A tenant without one is appraised under <see cref="AppraisalPolicy.Default"/>.</summary>
public sealed class TenantAppraisalSettings : ITenantOwned
{
    private TenantAppraisalSettings()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public AppraisalPolicy Policy { get; private set; } = AppraisalPolicy.Default;

    public DateTimeOffset UpdatedAt { get; private set; }

    public static TenantAppraisalSettings Create(AppraisalPolicy policy, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), Policy = policy, UpdatedAt = now };

    /// <summary>Appraisals already computed keep the policy they were computed under.</summary>
    public void Replace(AppraisalPolicy policy, DateTimeOffset now)
    {
        Policy = policy;
        UpdatedAt = now;
    }
}
