using Suite.ServiceDefaults.Data;

namespace Suite.Complaints.Domain.Compensation;

/// <summary>The most a person in a role of the tenant may approve in one claim, per currency.</summary>
public sealed class ApprovalLimit : ITenantOwned
{
    private ApprovalLimit()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public string Role { get; private set; } = "";

    public string Currency { get; private set; } = "";

    public decimal MaxAmount { get; private set; }

    public static ApprovalLimit Create(string role, string currency, decimal maxAmount, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), Role = role, Currency = currency, MaxAmount = maxAmount };

    public void Change(decimal maxAmount) => MaxAmount = maxAmount;

    /// <summary>The highest limit among the approver's roles in the currency; null when none of them may approve it.</summary>
    public static decimal? For(IEnumerable<ApprovalLimit> limits, IEnumerable<string> roles, string currency)
    {
        var held = roles.ToHashSet(StringComparer.Ordinal);
        return limits.Where(limit => limit.Currency == currency && held.Contains(limit.Role))
            .Select(limit => (decimal?)limit.MaxAmount)
            .Max();
    }
}
