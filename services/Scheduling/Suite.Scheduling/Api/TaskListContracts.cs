using Suite.Scheduling.Domain.TaskLists;

namespace Suite.Scheduling.Api;

/// <summary>The body of PUT /api/scheduling/task-lists/templates/{role}; due times are "HH:mm" in the centre's time zone.</summary>
public sealed record TaskListTemplateRequest(string? Name, string? TimeZone, IReadOnlyList<TaskTemplateItemDto?>? Items);

public sealed record TaskTemplateItemDto(string? DueTime, string? Title, int? Order);

public sealed record TaskListTemplateResponse(
    Guid Id, TaskRole Role, string Name, string TimeZone, IReadOnlyList<TaskTemplateItemDto> Items, int Version, DateTimeOffset UpdatedAt)
{
    public static TaskListTemplateResponse From(TaskListTemplate template) => new(
        template.Id, template.Role, template.Name, template.TimeZone,
        template.Items.Select(item => new TaskTemplateItemDto(item.DueTime.ToString("HH:mm"), item.Title, item.Order)).ToList(),
        template.Version, template.UpdatedAt);
}

public sealed record ChecklistItemResponse(
    Guid Id, string DueTime, DateTimeOffset DueAt, string Title, bool Done, DateTimeOffset? CompletedAt, string? CompletedBy, bool Late);

/// <summary>An agent's list for a local day, with each item's due instant and whether it is late now.</summary>
public sealed record ChecklistResponse(
    Guid Id, Guid AgentId, DateOnly Day, TaskRole Role, string TimeZone, int TemplateVersion, DateTimeOffset GeneratedAt,
    IReadOnlyList<ChecklistItemResponse> Items)
{
    public static ChecklistResponse From(DailyChecklist checklist, DateTimeOffset now)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(checklist.TimeZone);
        return new(checklist.Id, checklist.AgentId, checklist.Day, checklist.Role, checklist.TimeZone, checklist.TemplateVersion, checklist.GeneratedAt,
            checklist.Items.OrderBy(item => item.Position)
                .Select(item => new ChecklistItemResponse(item.Id, item.DueTime.ToString("HH:mm"), item.DueAt(checklist.Day, zone), item.Title,
                    item.IsDone, item.CompletedAt, item.CompletedBy, item.IsLate(checklist.Day, zone, now)))
                .ToList());
    }
}

/// <summary>A late item: past its due time in the centre's time zone and not done.</summary>
public sealed record LateItemResponse(Guid? ItemId, string DueTime, DateTimeOffset DueAt, string Title, int MinutesLate);

/// <summary>
/// One member of the team on the day. Generated is false when the member has not opened the day's list
/// yet: its template's items then count as not done.
/// </summary>
public sealed record LateAgentResponse(Guid AgentId, string DisplayName, TaskRole? Role, bool Generated, int Items, int Done, IReadOnlyList<LateItemResponse> Late);

/// <summary>What is late in a team's lists for a day, as of <see cref="At"/>.</summary>
public sealed record TeamLateResponse(string Team, DateOnly Day, DateTimeOffset At, int LateItems, IReadOnlyList<LateAgentResponse> Agents);
