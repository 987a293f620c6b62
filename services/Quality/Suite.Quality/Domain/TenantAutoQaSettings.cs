using Suite.ServiceDefaults.Data;

namespace Suite.Quality.Domain;

/// <summary>A tenant's own auto-QA policy. A tenant without one is inspected under <see cref="AutoQaPolicy.Default"/>.</summary>
public sealed class TenantAutoQaSettings : ITenantOwned
{
    private TenantAutoQaSettings()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public List<string> GreetingPhrases { get; private set; } = [];

    public List<string> ClosingPhrases { get; private set; } = [];

    public List<string> AbusePhrases { get; private set; } = [];

    public List<string> OffPlatformPhrases { get; private set; } = [];

    public List<string> AbsoluteAdvertisingPhrases { get; private set; } = [];

    public bool DetectContactDetails { get; private set; }

    public int ResponseThresholdSeconds { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public AutoQaPolicy ToPolicy() => new(
        GreetingPhrases, ClosingPhrases, AbusePhrases, OffPlatformPhrases, AbsoluteAdvertisingPhrases,
        DetectContactDetails, ResponseThresholdSeconds);

    public static TenantAutoQaSettings Create(AutoQaPolicy policy, DateTimeOffset now)
    {
        var settings = new TenantAutoQaSettings { Id = Guid.CreateVersion7(now) };
        settings.Replace(policy, now);
        return settings;
    }

    /// <summary>Phrases are kept trimmed; conversations already inspected keep the result they were given.</summary>
    public void Replace(AutoQaPolicy policy, DateTimeOffset now)
    {
        GreetingPhrases = Trimmed(policy.GreetingPhrases);
        ClosingPhrases = Trimmed(policy.ClosingPhrases);
        AbusePhrases = Trimmed(policy.AbusePhrases);
        OffPlatformPhrases = Trimmed(policy.OffPlatformPhrases);
        AbsoluteAdvertisingPhrases = Trimmed(policy.AbsoluteAdvertisingPhrases);
        DetectContactDetails = policy.DetectContactDetails;
        ResponseThresholdSeconds = policy.ResponseThresholdSeconds;
        UpdatedAt = now;
    }

    private static List<string> Trimmed(IEnumerable<string> phrases) => phrases.Select(phrase => phrase.Trim()).Distinct().ToList();
}
