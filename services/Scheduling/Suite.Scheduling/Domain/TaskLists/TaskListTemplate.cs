using Suite.ServiceDefaults.Data;

namespace Suite.Scheduling.Domain.TaskLists;

/// <summary>
/// A role's day as a list of timed items ("09:00 log in to every store's chat", "09:30 answer last
/// night's offline messages"). Due times are wall-clock times in <see cref="TimeZone"/>, the centre's zone.
/// One template per role; replacing it changes the days generated afterwards, not those already generated.
/// </summary>
public sealed class TaskListTemplate : ITenantOwned
{
    private TaskListTemplate()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public TaskRole Role { get; private set; }

    public string Name { get; private set; } = "";

    public string TimeZone { get; private set; } = "";

    public List<TaskTemplateItem> Items { get; private set; } = [];

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public static TaskListTemplate Create(TaskRole role, TemplateDetails details, DateTimeOffset now)
    {
        var template = new TaskListTemplate { Id = Guid.CreateVersion7(now), Role = role };
        template.Replace(details, now);
        return template;
    }

    /// <summary>Replaces the template with details that have passed <see cref="TaskListRules.ValidateTemplate"/>.</summary>
    public void Replace(TemplateDetails details, DateTimeOffset now)
    {
        Name = details.Name.Trim();
        TimeZone = details.TimeZone.Trim();
        Items = TaskListRules.InDayOrder(details.Items);
        UpdatedAt = now;
        Version++;
    }
}

/// <summary>One timed item; <see cref="Order"/> breaks ties between items due at the same time.</summary>
public sealed record TaskTemplateItem(TimeOnly DueTime, string Title, int? Order = null);

public sealed record TemplateDetails(string Name, string TimeZone, IReadOnlyList<TaskTemplateItem> Items);
