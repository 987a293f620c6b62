using Suite.ServiceDefaults.Data;

namespace Suite.Scheduling.Domain.Stores;

/// <summary>A line of work in a store (pre-sales, after-sales); only agents with every required skill serve it.</summary>
public sealed class Queue : ITenantOwned
{
    private Queue()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid StoreId { get; private set; }

    public string Name { get; private set; } = "";

    public List<string> RequiredSkills { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public static Queue Create(Guid storeId, string name, IEnumerable<string> requiredSkills, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        StoreId = storeId,
        Name = name.Trim(),
        RequiredSkills = AgentRules.NormaliseSkills(requiredSkills),
        CreatedAt = now,
    };

    /// <summary>Whether an agent with <paramref name="skills"/> (normalised) may take this queue's contacts.</summary>
    public bool CanBeServedBy(IReadOnlyCollection<string> skills) => RequiredSkills.All(skills.Contains);
}
