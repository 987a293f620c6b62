using Suite.ServiceDefaults.Data;

namespace Suite.Scheduling.Domain.Rostering;

/// <summary>
/// The shift templates an agent would rather work, kept with the agent so every roster generated for
/// it honours them (a soft goal: among agents equally able to take a shift, one who prefers it goes first).
/// </summary>
public sealed class ShiftPreferences : ITenantOwned
{
    public const int MaxTemplates = 50;

    private ShiftPreferences()
    {
    }

    public Guid AgentId { get; private set; }

    public string TenantId { get; private set; } = "";

    public List<Guid> ShiftTemplateIds { get; private set; } = [];

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Rises with every change, so two planners replacing the list at once cannot both win.</summary>
    public int Version { get; private set; }

    public static ShiftPreferences For(Guid agentId, IEnumerable<Guid> shiftTemplateIds, DateTimeOffset now)
    {
        var preferences = new ShiftPreferences { AgentId = agentId };
        preferences.Replace(shiftTemplateIds, now);
        return preferences;
    }

    /// <summary>Replaces the list with ids that passed <see cref="Validate"/>; order and duplicates carry no meaning.</summary>
    public void Replace(IEnumerable<Guid> shiftTemplateIds, DateTimeOffset now)
    {
        ShiftTemplateIds = shiftTemplateIds.Distinct().Order().ToList();
        UpdatedAt = now;
        Version++;
    }

    /// <summary>The list is required (empty clears it), at most <see cref="MaxTemplates"/> long, and names only known templates.</summary>
    public static Dictionary<string, string[]> Validate(IReadOnlyList<Guid>? shiftTemplateIds, IReadOnlySet<Guid> knownTemplates)
    {
        var errors = new Dictionary<string, string[]>();
        if (shiftTemplateIds is null)
        {
            errors["shiftTemplateIds"] = ["shiftTemplateIds is required; an empty list clears the preferences."];
        }
        else if (shiftTemplateIds.Distinct().Count() > MaxTemplates)
        {
            errors["shiftTemplateIds"] = [$"At most {MaxTemplates} shift templates."];
        }
        else if (shiftTemplateIds.Where(id => !knownTemplates.Contains(id)).Distinct().ToList() is { Count: > 0 } unknown)
        {
            errors["shiftTemplateIds"] = [$"Unknown shift templates: {string.Join(", ", unknown)}."];
        }

        return errors;
    }
}
