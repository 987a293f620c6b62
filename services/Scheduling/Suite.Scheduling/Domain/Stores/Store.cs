using Suite.ServiceDefaults.Data;

namespace Suite.Scheduling.Domain.Stores;

/// <summary>
/// One shop on one platform. The platform is data (Tmall, Taobao, JD, Pinduoduo, Douyin, or whatever the
/// brand sells on next); opening hours are local to the store's IANA time zone.
/// </summary>
public sealed class Store : ITenantOwned
{
    private Store()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    /// <summary>
    /// The store's stable handle within the tenant ("tmall-flagship"): Complaints, Quality and the
    /// platforms' connectors name stores by it, so it never changes once given.
    /// </summary>
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Platform { get; private set; } = "";

    public string TimeZone { get; private set; } = "";

    public Channel Channel { get; private set; }

    public List<AvailabilityWindow> OpeningHours { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Opens a store whose details have passed <see cref="StoreRules.Validate"/>.</summary>
    public static Store Open(NewStore details, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Code = StoreRules.NormaliseCode(details.Code),
        Name = details.Name.Trim(),
        Platform = StoreRules.NormalisePlatform(details.Platform),
        TimeZone = details.TimeZone.Trim(),
        Channel = details.Channel,
        OpeningHours = AgentRules.NormaliseAvailability(details.OpeningHours),
        CreatedAt = now,
    };
}

public sealed record NewStore(string Code, string Name, string Platform, string TimeZone, Channel Channel, IReadOnlyList<AvailabilityWindow> OpeningHours);
