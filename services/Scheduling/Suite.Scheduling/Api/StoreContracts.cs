using Suite.Scheduling.Domain.Stores;

namespace Suite.Scheduling.Api;

/// <summary>The body of POST /api/scheduling/stores; code is the store's stable handle, e.g. "tmall-flagship".</summary>
public sealed record OpenStoreRequest(
    string Code,
    string Name, string Platform, string TimeZone, Channel Channel, IReadOnlyList<AvailabilityWindowDto>? OpeningHours);

/// <summary>The body of POST /api/scheduling/stores/{id}/queues.</summary>
public sealed record CreateQueueRequest(string Name, IReadOnlyList<string>? RequiredSkills);

public sealed record QueueResponse(Guid Id, Guid StoreId, string Name, IReadOnlyList<string> RequiredSkills, DateTimeOffset CreatedAt)
{
    public static QueueResponse From(Queue queue) => new(queue.Id, queue.StoreId, queue.Name, queue.RequiredSkills, queue.CreatedAt);
}

public sealed record StoreResponse(
    Guid Id,
    string Code,
    string Name,
    string Platform,
    string TimeZone,
    Channel Channel,
    IReadOnlyList<AvailabilityWindowDto> OpeningHours,
    IReadOnlyList<QueueResponse> Queues,
    DateTimeOffset CreatedAt)
{
    public static StoreResponse From(Store store, IEnumerable<Queue> queues) => new(
        store.Id, store.Code, store.Name, store.Platform, store.TimeZone, store.Channel,
        store.OpeningHours.Select(AvailabilityWindowDto.From).ToList(),
        queues.OrderBy(queue => queue.Name, StringComparer.Ordinal).Select(QueueResponse.From).ToList(),
        store.CreatedAt);
}
