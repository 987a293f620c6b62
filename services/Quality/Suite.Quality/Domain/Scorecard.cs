using Suite.ServiceDefaults.Data;

namespace Suite.Quality.Domain;

/// <summary>
/// One version of a scorecard. Versions are immutable: a revision is a new version under the same key,
/// and an evaluation keeps the version it was scored against. A scorecard applies to a store, to a
/// channel, or (neither given) to the whole tenant.
/// </summary>
public sealed class Scorecard : ITenantOwned
{
    private Scorecard()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    /// <summary>What ties the versions of one scorecard together, e.g. "tmall-presales".</summary>
    public string Key { get; private set; } = "";

    public int Version { get; private set; }

    public string Name { get; private set; } = "";

    public string? Channel { get; private set; }

    public string? StoreCode { get; private set; }

    public IReadOnlyList<ScorecardSection> Sections { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public static Scorecard Create(NewScorecard details, int version, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Key = details.Key,
        Version = version,
        Name = details.Name,
        Channel = details.Channel,
        StoreCode = details.StoreCode,
        Sections = details.Sections,
        CreatedAt = now,
    };
}
