using Suite.ServiceDefaults.Data;

namespace Suite.Scheduling.Domain.TaskLists;

/// <summary>
/// One agent's task list for one local day, copied from its role's template when first needed, so a
/// later change of the template does not rewrite a day already under way.
/// </summary>
public sealed class DailyChecklist : ITenantOwned
{
    private DailyChecklist()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid AgentId { get; private set; }

    public DateOnly Day { get; private set; }

    public TaskRole Role { get; private set; }

    public Guid TemplateId { get; private set; }

    public int TemplateVersion { get; private set; }

    public string TimeZone { get; private set; } = "";

    public DateTimeOffset GeneratedAt { get; private set; }

    public List<ChecklistItem> Items { get; private set; } = [];

    public static DailyChecklist Generate(Guid agentId, DateOnly day, TaskListTemplate template, DateTimeOffset now)
    {
        var checklist = new DailyChecklist
        {
            Id = Guid.CreateVersion7(now),
            AgentId = agentId,
            Day = day,
            Role = template.Role,
            TemplateId = template.Id,
            TemplateVersion = template.Version,
            TimeZone = template.TimeZone,
            GeneratedAt = now,
        };
        checklist.Items = template.Items.Select((item, position) => ChecklistItem.From(checklist.Id, position, item, now)).ToList();
        return checklist;
    }
}

/// <summary>An item of a day's list and who ticked it when; unticking clears both.</summary>
public sealed class ChecklistItem : ITenantOwned
{
    private ChecklistItem()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid ChecklistId { get; private set; }

    public int Position { get; private set; }

    public TimeOnly DueTime { get; private set; }

    public string Title { get; private set; } = "";

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? CompletedBy { get; private set; }

    public bool IsDone => CompletedAt is not null;

    public static ChecklistItem From(Guid checklistId, int position, TaskTemplateItem item, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ChecklistId = checklistId,
        Position = position,
        DueTime = item.DueTime,
        Title = item.Title,
    };

    /// <summary>Ticking a ticked item keeps the first tick: when it was done does not move.</summary>
    public void Tick(string by, DateTimeOffset now)
    {
        if (IsDone)
        {
            return;
        }

        CompletedAt = now;
        CompletedBy = by;
    }

    public void Untick()
    {
        CompletedAt = null;
        CompletedBy = null;
    }

    /// <summary>The instant the item falls due: its due time on the list's day in the list's time zone.</summary>
    public DateTimeOffset DueAt(DateOnly day, TimeZoneInfo zone) => Rostering.LocalClock.ToUtc(day.ToDateTime(DueTime), zone);

    /// <summary>Past its due instant at <paramref name="now"/> and not done.</summary>
    public bool IsLate(DateOnly day, TimeZoneInfo zone, DateTimeOffset now) => !IsDone && now > DueAt(day, zone);
}
