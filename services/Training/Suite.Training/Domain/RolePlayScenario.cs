using Suite.ServiceDefaults.Data;

namespace Suite.Training.Domain;

/// <summary>
/// A scripted customer for a role-play drill (seed 000: agents play customer and agent to rehearse real
/// scenes): who the customer is, what happened, and the points a good answer must cover.
/// </summary>
public sealed class RolePlayScenario : ITenantOwned
{
    private RolePlayScenario()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public string Title { get; private set; } = "";

    public CourseCategory Category { get; private set; }

    public string CustomerPersona { get; private set; } = "";

    public string Situation { get; private set; } = "";

    public List<string> KeyPoints { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Creates a scenario that has passed <see cref="DrillRules.Validate(NewScenario)"/>.</summary>
    public static RolePlayScenario Create(NewScenario details, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Title = details.Title.Trim(),
        Category = details.Category,
        CustomerPersona = details.CustomerPersona.Trim(),
        Situation = details.Situation.Trim(),
        KeyPoints = details.KeyPoints.Select(point => point.Trim()).ToList(),
        CreatedAt = now,
    };
}

public sealed record NewScenario(string Title, CourseCategory Category, string CustomerPersona, string Situation, IReadOnlyList<string> KeyPoints);
