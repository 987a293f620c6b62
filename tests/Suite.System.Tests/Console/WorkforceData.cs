using System.Net.Http.Json;
using System.Text.Json;
using Suite.ServiceDefaults;

namespace Suite.SystemTests.Console;

/// <summary>
/// What the rostering and task-list browser tests need in the demo tenant, made through the public API as
/// an integrator or a planner would: a store with a pre-sales queue and a week of demand, a day shift,
/// a published roster of the week, team records for the seeded teams, and a pre-sales daily task list.
/// </summary>
internal sealed class WorkforceData(HttpClient api)
{
    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>Today in the demo centre's time zone, which is the day the console shows by default.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Shanghai).DateTime);

    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>
    /// A store open every day with a pre-sales queue needing more agents than the centre has from 09:00 to
    /// 17:00 each day of the week, so every pre-sales agent is rostered and some demand stays unmet.
    /// Store names are unique per platform, so each caller names its own.
    /// </summary>
    public async Task<(string StoreCode, Guid QueueId)> StoreWithDemandAsync(DateOnly monday, string storeName = "Douyin live store")
    {
        var code = $"browser-{Guid.NewGuid():N}"[..20];
        var everyDay = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };
        var store = await ReadAsync(await api.PostAsJsonAsync("/api/scheduling/stores", new
        {
            code, name = storeName, platform = "Douyin", timeZone = Shanghai.Id, channel = "chat",
            openingHours = everyDay.Select(day => new { day, start = "08:00", end = "23:00" }).ToArray(),
        }, SuiteJson.Options));
        var queue = await ReadAsync(await api.PostAsJsonAsync(
            $"/api/scheduling/stores/{store.GetProperty("id").GetGuid()}/queues", new { name = "Pre-sales", requiredSkills = new[] { "pre-sales" } }, SuiteJson.Options));
        var queueId = queue.GetProperty("id").GetGuid();

        var rows = Enumerable.Range(0, 7).SelectMany(day => Enumerable.Range(0, 16).Select(interval => new
        {
            queueId,
            start = new DateTimeOffset(monday.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)).AddDays(day).AddMinutes(30 * interval).ToString("O"),
            intervalMinutes = 30, contacts = 40.0, ahtSeconds = 240.0,
        })).ToArray();
        await ReadAsync(await api.PostAsJsonAsync("/api/scheduling/demand", new { rows }, SuiteJson.Options));
        // Template names are unique in the tenant: the first store made creates the day shift, later ones use it.
        var templates = await api.GetFromJsonAsync<JsonElement>("/api/scheduling/shift-templates", SuiteJson.Options);
        if (!templates.EnumerateArray().Any(template => template.GetProperty("name").GetString() == "Day"))
        {
            await ReadAsync(await api.PostAsJsonAsync("/api/scheduling/shift-templates", new
            {
                name = "Day", start = "09:00", lengthMinutes = 480, days = everyDay,
                breaks = new[] { new { offsetMinutes = 240, lengthMinutes = 30, paid = false } },
            }, SuiteJson.Options));
        }

        return (code, queueId);
    }

    /// <summary>A roster of one queue for the week from <paramref name="monday"/>, generated and published as a planner would.</summary>
    public async Task<JsonElement> PublishedWeekAsync(string name, DateOnly monday, Guid queueId)
    {
        var roster = await ReadAsync(await api.PostAsJsonAsync("/api/scheduling/rosters", new
        {
            name, firstDay = monday.ToString("yyyy-MM-dd"), lastDay = monday.AddDays(6).ToString("yyyy-MM-dd"), timeZone = Shanghai.Id,
            queueIds = new[] { queueId },
        }, SuiteJson.Options));
        await ReadAsync(await api.PostAsJsonAsync(
            $"/api/scheduling/rosters/{roster.GetProperty("id").GetGuid()}/publish", new { version = roster.GetProperty("version").GetInt32() }, SuiteJson.Options));
        return roster;
    }

    /// <summary>An agent's published shifts in the week from <paramref name="monday"/>, as the Scheduling API serves them.</summary>
    public async Task<List<JsonElement>> ShiftsOfTheWeekAsync(string agentId, DateOnly monday) =>
        (await GetAsync($"/api/scheduling/agents/{agentId}/shifts?from={monday:yyyy-MM-dd}&to={monday.AddDays(6):yyyy-MM-dd}"))
            .GetProperty("shifts").EnumerateArray().ToList();

    /// <summary>The seeded agents name their teams; the team-level views need the team records too.</summary>
    public async Task TeamsOfTheSeedAsync()
    {
        var existing = (await api.GetFromJsonAsync<JsonElement>("/api/scheduling/teams", SuiteJson.Options)).EnumerateArray()
            .Select(team => team.GetProperty("name").GetString()).ToHashSet();
        foreach (var name in new[] { "Tmall flagship", "JD and Pinduoduo" }.Where(name => !existing.Contains(name)))
        {
            await ReadAsync(await api.PostAsJsonAsync("/api/scheduling/teams", new { name }, SuiteJson.Options));
        }
    }

    public async Task PreSalesTaskListAsync() =>
        await ReadAsync(await api.PutAsJsonAsync("/api/scheduling/task-lists/templates/pre-sales", new
        {
            name = "Pre-sales 日清", timeZone = Shanghai.Id,
            items = new[]
            {
                new { dueTime = "00:01", title = "Read today's promotions and price changes", order = (int?)null },
                new { dueTime = "12:00", title = "Follow up unpaid orders from yesterday", order = (int?)null },
                new { dueTime = "23:59", title = "Hand over open chats to the night shift", order = (int?)null },
            },
        }, SuiteJson.Options));

    /// <summary>The agent the demo sign-in offers: the first customer-service agent by employee number.</summary>
    public async Task<JsonElement> DemoAgentAsync() =>
        (await api.GetFromJsonAsync<JsonElement>("/api/scheduling/agents?level=customer-service&pageSize=1", SuiteJson.Options)).GetProperty("items")[0];

    public async Task<JsonElement> GetAsync(string path) => await api.GetFromJsonAsync<JsonElement>(path, SuiteJson.Options);

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} from {response.RequestMessage?.RequestUri}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }
}
