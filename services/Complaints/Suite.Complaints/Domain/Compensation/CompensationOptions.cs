namespace Suite.Complaints.Domain.Compensation;

/// <summary>
/// The claim amount per currency above which a complaint becomes major. Defaults are set here so the
/// embedded host, which reads no service's appsettings, has them too; configuration
/// (Complaints:Compensation:MajorThresholds:CNY) changes or adds currencies. A currency without a
/// threshold never makes a complaint major by amount.
/// </summary>
public sealed class CompensationOptions
{
    public const string Section = "Complaints:Compensation";

    public Dictionary<string, decimal> MajorThresholds { get; init; } = new(StringComparer.Ordinal)
    {
        ["CNY"] = 1000m,
        ["USD"] = 150m,
        ["EUR"] = 150m,
        ["GBP"] = 120m,
    };

    public bool IsOverMajorThreshold(decimal amount, string currency) =>
        MajorThresholds.TryGetValue(currency, out var threshold) && amount > threshold;
}
