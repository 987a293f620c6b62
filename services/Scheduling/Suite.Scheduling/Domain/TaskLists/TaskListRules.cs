using Suite.Scheduling.Domain.Stores;

namespace Suite.Scheduling.Domain.TaskLists;

/// <summary>What makes a task-list template acceptable, and whose list is whose.</summary>
public static class TaskListRules
{
    public const int MaxItems = 100;
    public const int MaxTitleLength = 200;
    public const int MaxNameLength = 100;

    public static Dictionary<string, string[]> ValidateTemplate(string? name, string? timeZone, IReadOnlyList<TaskTemplateItem?>? items)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength)
        {
            errors["name"] = [$"Name is required and at most {MaxNameLength} characters."];
        }

        if (!StoreRules.IsIanaTimeZone(timeZone))
        {
            errors["timeZone"] = ["Time zone must be the centre's IANA time zone id, e.g. Asia/Shanghai."];
        }

        if (items is null || items.Count == 0 || items.Count > MaxItems)
        {
            errors["items"] = [$"A template has 1 to {MaxItems} items."];
            return errors;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } item)
            {
                errors[$"items[{i}]"] = ["An item is required."];
            }
            else if (string.IsNullOrWhiteSpace(item.Title) || item.Title.Trim().Length > MaxTitleLength)
            {
                errors[$"items[{i}].title"] = [$"Title is required and at most {MaxTitleLength} characters."];
            }
            else if (item.Order is < 0 or > 10_000)
            {
                errors[$"items[{i}].order"] = ["Order, when given, is between 0 and 10000."];
            }
        }

        return errors;
    }

    /// <summary>Items as the day runs: by due time, then by the planner's order, then as entered.</summary>
    public static List<TaskTemplateItem> InDayOrder(IEnumerable<TaskTemplateItem> items) =>
        items.Select((item, index) => (Item: item with { Title = item.Title.Trim() }, Index: index))
            .OrderBy(pair => pair.Item.DueTime)
            .ThenBy(pair => pair.Item.Order ?? int.MaxValue)
            .ThenBy(pair => pair.Index)
            .Select(pair => pair.Item)
            .ToList();

    /// <summary>
    /// The role whose list an agent works: leaders by their level, front-line agents by their skill
    /// (pre-sales before after-sales when they have both). Null when neither says.
    /// </summary>
    public static TaskRole? RoleOf(Agent agent) => agent.Level switch
    {
        >= CareerLevel.Supervisor => TaskRole.Supervisor,
        CareerLevel.TeamLeader => TaskRole.TeamLeader,
        _ when agent.Skills.Contains("pre-sales") => TaskRole.PreSales,
        _ when agent.Skills.Contains("after-sales") => TaskRole.AfterSales,
        _ => null,
    };
}
