using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Playwright;
using Suite.Contracts.Scheduling.V1;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;

namespace Suite.SystemTests.Console;

/// <summary>Rostering, the team's daily task lists and an agent's own day, clicked through in a real browser.</summary>
public sealed partial class RosterConsoleTests(ConsoleBrowser browser) : IClassFixture<ConsoleBrowser>
{
    private readonly List<string> _scriptErrors = [];

    private HttpClient Api()
    {
        var client = new HttpClient { BaseAddress = browser.Host.Gateway };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For("demo", SuiteRoles.Supervisor));
        return client;
    }

    private async Task<IPage> SignedInAsync(string role)
    {
        var page = await browser.NewPageAsync(_scriptErrors);
        await page.GotoAsync("/");
        await page.ClickAsync($"button[data-identity={role}]");
        await Assertions.Expect(page.Locator("#who")).Not.ToBeEmptyAsync();
        return page;
    }

    /// <summary>
    /// No script error, and no refused request other than those the test provokes on purpose (the
    /// browser reports every 4xx answer on its console).
    /// </summary>
    private void AssertNoScriptErrorsBut(params int[] provokedStatuses) =>
        Assert.DoesNotContain(_scriptErrors, error => !provokedStatuses.Any(status => error.Contains($"status of {status}")));

    [Fact]
    public async Task A_planner_generates_a_roster_sees_a_refusal_explained_and_publishes_it_which_puts_agents_on_duty()
    {
        using var api = Api();
        var data = new WorkforceData(api);
        var monday = WorkforceData.MondayOf(WorkforceData.Today);
        var (storeCode, queueId) = await data.StoreWithDemandAsync(monday);
        var page = await SignedInAsync(SuiteRoles.Supervisor);

        await page.ClickAsync("nav a[href='#/roster']");
        await page.FillAsync("input[name=name]", "This week");
        await page.FillAsync("input[name=firstDay]", monday.ToString("yyyy-MM-dd"));
        await page.FillAsync("input[name=lastDay]", monday.AddDays(6).ToString("yyyy-MM-dd"));
        await page.FillAsync("input[name=timeZone]", "Asia/Shanghai");
        // Only this store's queue: other tests' stores are in the same tenant.
        foreach (var other in await page.Locator($"input[name=queueIds]:not([value='{queueId}'])").AllAsync())
        {
            await other.UncheckAsync();
        }

        await page.ClickAsync("button[data-action=generate]");

        var detail = page.Locator("[data-roster-detail]");
        await ShownAsync(detail.Locator("[data-roster-status=draft]"));
        await Assertions.Expect(page.Locator("img[data-heatmap]")).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await page.Locator("img[data-heatmap]").EvaluateAsync<int>("image => image.naturalWidth") > 0, "the heatmap image did not decode");
        var rosterId = await detail.GetAttributeAsync("data-roster-detail");
        var draft = await data.GetAsync($"/api/scheduling/rosters/{rosterId}");
        var assignments = draft.GetProperty("assignments").EnumerateArray().ToList();
        Assert.NotEmpty(assignments);
        await Assertions.Expect(page.Locator("table.roster-grid [data-shift-day]")).ToHaveCountAsync(assignments.Count);
        await Assertions.Expect(page.Locator("[data-stat=under]")).Not.ToHaveTextAsync("0.0");
        await ConsoleBrowser.ScreenshotAsync(page, "10-roster-draft");

        // Time off approved after generation breaks the roster: publishing is refused with the rule named.
        var broken = assignments[0];
        var agentId = broken.GetProperty("agentId").GetGuid();
        var day = broken.GetProperty("day").GetString();
        var timeOff = await WorkforceData.ReadAsync(await api.PostAsJsonAsync("/api/scheduling/time-off", new { agentId, firstDay = day, lastDay = day }, SuiteJson.Options));
        // Another test's published roster may have the agent working that day too: the leader accepts that gap.
        await WorkforceData.ReadAsync(await api.PostAsJsonAsync(
            $"/api/scheduling/time-off/{timeOff.GetProperty("id").GetGuid()}/approve", new { confirmCoverageImpact = true }, SuiteJson.Options));
        await page.ClickAsync("button[data-action=publish]");
        await ShownAsync(page.Locator("[data-publish-refused='time-off']"));
        await Assertions.Expect(page.Locator("[data-publish-refused] [data-rule=time-off]")).ToHaveCountAsync(1);
        // The violations card now shows the same broken rule as the refusal.
        await Assertions.Expect(detail.Locator("[data-rule=time-off]")).ToHaveCountAsync(2);
        await ConsoleBrowser.ScreenshotAsync(page, "11-roster-publish-refused");
        Assert.Equal("draft", (await data.GetAsync($"/api/scheduling/rosters/{rosterId}")).GetProperty("status").GetString());

        // The planner takes the shift off; the roster is published and its shifts are on duty.
        var removed = await api.DeleteAsync($"/api/scheduling/rosters/{rosterId}/assignments/{broken.GetProperty("id").GetGuid()}?version={draft.GetProperty("version").GetInt32()}");
        Assert.True(removed.IsSuccessStatusCode, await removed.Content.ReadAsStringAsync());
        var kept = assignments[1];
        var onShift = kept.GetProperty("start").GetDateTimeOffset().AddHours(1);
        Assert.DoesNotContain(await OnDutyAsync(storeCode, onShift), agent => agent.AgentId == kept.GetProperty("agentId").GetString());

        await page.ReloadAsync();
        await ShownAsync(detail.Locator("[data-violations='0']"));
        await page.ClickAsync("button[data-action=publish]");
        await ShownAsync(detail.Locator("[data-roster-status=published]"));
        await Assertions.Expect(page.Locator("button[data-action=publish]")).ToHaveCountAsync(0);
        await ConsoleBrowser.ScreenshotAsync(page, "12-roster-published");

        var published = await data.GetAsync($"/api/scheduling/rosters/{rosterId}");
        Assert.Equal("published", published.GetProperty("status").GetString());
        Assert.Equal(assignments.Count - 1, published.GetProperty("assignments").GetArrayLength());
        Assert.Contains(await OnDutyAsync(storeCode, onShift), agent => agent.AgentId == kept.GetProperty("agentId").GetString());

        // A leader opens an agent's day: the published week's shifts (this roster's and any other's), in the store's clock.
        var keptAgent = kept.GetProperty("agentId").GetString()!;
        var weekShifts = await data.ShiftsOfTheWeekAsync(keptAgent, monday);
        Assert.Contains(weekShifts, shift => shift.GetProperty("id").GetString() == kept.GetProperty("id").GetString());
        await page.GotoAsync($"/console/#/my-day/{keptAgent}?day={kept.GetProperty("day").GetString()}");
        await ShownAsync(page.Locator(".today-shifts"));
        await Assertions.Expect(page.Locator("[data-week-shift]")).ToHaveCountAsync(weekShifts.Count);
        await Assertions.Expect(page.Locator($".today-shifts [data-shift='{kept.GetProperty("id").GetString()}']")).ToContainTextAsync("09:00–17:00");
        await ConsoleBrowser.ScreenshotAsync(page, "13-agent-day-seen-by-a-leader");

        await page.GotoAsync($"/console/#/roster/{rosterId}");
        await ShownAsync(detail);
        await page.SelectOptionAsync("#language", "zh-CN");
        await ShownAsync(detail.Locator("[data-roster-status=published]"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("排班");
        await Assertions.Expect(detail.Locator("[data-roster-status=published]")).ToHaveTextAsync("已发布");
        await ConsoleBrowser.ScreenshotAsync(page, "14-roster-zh-CN");
        AssertNoScriptErrorsBut(409);
    }

    [Fact]
    public async Task A_leader_follows_the_team_task_lists_and_an_agent_ticks_its_own_item_on_my_day()
    {
        using var api = Api();
        var data = new WorkforceData(api);
        await data.TeamsOfTheSeedAsync();
        await data.PreSalesTaskListAsync();
        var agent = await data.DemoAgentAsync();
        var agentId = agent.GetProperty("id").GetGuid();
        var team = agent.GetProperty("team").GetString()!;
        var today = WorkforceData.Today.ToString("yyyy-MM-dd");

        var leader = await SignedInAsync(SuiteRoles.Supervisor);
        await leader.ClickAsync("nav a[href='#/task-lists']");
        await leader.SelectOptionAsync("select[name=team]", team);
        await leader.FillAsync("input[name=day]", today);
        await leader.ClickAsync("form.inline button[type=submit]");
        var row = leader.Locator($"[data-team-progress] tr[data-agent='{agentId}']");
        await ShownAsync(row);
        await Assertions.Expect(row).ToContainTextAsync("0/3");
        await Assertions.Expect(leader.Locator("a[data-link=workload]")).ToHaveAttributeAsync("href", "#/workload");
        await ConsoleBrowser.ScreenshotAsync(leader, "15-task-lists");

        var page = await SignedInAsync(SuiteRoles.Agent);
        await page.ClickAsync("nav a[href='#/my-day']");
        await ShownAsync(page.Locator("input[data-tick]").First);
        await Assertions.Expect(page.Locator(".my-day h1")).ToHaveTextAsync("My day");
        var first = page.Locator("input[data-tick]").First;
        var itemId = await first.GetAttributeAsync("data-tick");
        await first.CheckAsync();
        await Assertions.Expect(page.Locator("[data-checklist-done]")).ToHaveAttributeAsync("data-checklist-done", "1");
        await ConsoleBrowser.ScreenshotAsync(page, "16-my-day-agent");

        var checklist = await data.GetAsync($"/api/scheduling/task-lists/agents/{agentId}/days/{today}");
        var ticked = Assert.Single(checklist.GetProperty("items").EnumerateArray(), item => item.GetProperty("done").GetBoolean());
        Assert.Equal(itemId, ticked.GetProperty("id").GetString());
        Assert.Equal($"demo-agent-{agentId}", ticked.GetProperty("completedBy").GetString());

        await page.SelectOptionAsync("#language", "zh-CN");
        await ShownAsync(page.Locator("input[data-tick]").First);
        await Assertions.Expect(page.Locator(".my-day h1")).ToHaveTextAsync("我的一天");
        await ConsoleBrowser.ScreenshotAsync(page, "17-my-day-agent-zh-CN");

        await leader.ReloadAsync();
        await ShownAsync(row);
        await Assertions.Expect(row).ToContainTextAsync("1/3");
        // The agent lands on the team overview, which is management's (403).
        AssertNoScriptErrorsBut(403);
    }

    [Fact]
    public async Task An_agent_sees_its_own_published_shifts_today_and_this_week_on_my_day()
    {
        using var api = Api();
        var data = new WorkforceData(api);
        // My day reads "today" in the task lists' time zone, the demo centre's.
        await data.PreSalesTaskListAsync();
        var agentId = (await data.DemoAgentAsync()).GetProperty("id").GetString()!;
        var today = WorkforceData.Today;
        var monday = WorkforceData.MondayOf(today);
        var (_, queueId) = await data.StoreWithDemandAsync(monday, "Douyin brand store");
        var roster = await data.PublishedWeekAsync("The agent's week", monday, queueId);
        var rostered = roster.GetProperty("assignments").EnumerateArray().Where(assignment => assignment.GetProperty("agentId").GetString() == agentId).ToList();
        Assert.NotEmpty(rostered);
        var shifts = await data.ShiftsOfTheWeekAsync(agentId, monday);
        Assert.All(rostered, assignment => Assert.Contains(shifts, shift => shift.GetProperty("id").GetString() == assignment.GetProperty("id").GetString()));

        // An agent lands on its day when it signs in; reloading shows the request behind the page whatever the
        // landing had already fetched.
        var page = await SignedInAsync(SuiteRoles.Agent);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("#/my-day$"));
        var answer = await page.RunAndWaitForResponseAsync(
            () => page.ReloadAsync(), response => response.Url.Contains($"/api/scheduling/agents/{agentId}/shifts?"));
        Assert.Equal(200, answer.Status);
        await ShownAsync(page.Locator(".my-day .week-list"));
        await Assertions.Expect(page.Locator("[data-week-shift]")).ToHaveCountAsync(shifts.Count);
        foreach (var shift in shifts)
        {
            await Assertions.Expect(page.Locator($"[data-week-shift][data-shift='{shift.GetProperty("id").GetString()}']")).ToContainTextAsync(LocalHours(shift));
        }

        var todays = shifts.Where(shift => shift.GetProperty("day").GetString() == today.ToString("yyyy-MM-dd")).ToList();
        await Assertions.Expect(page.Locator(".today-shifts [data-shift]")).ToHaveCountAsync(todays.Count);
        await ConsoleBrowser.ScreenshotAsync(page, "18-my-day-agent-shifts");

        // A day the new roster has the agent working: its shift is that day's, on the store's clock, with where and the breaks.
        var worked = shifts.First(shift => shift.GetProperty("rosterId").GetString() == roster.GetProperty("id").GetString());
        await page.GotoAsync($"/console/#/my-day?day={worked.GetProperty("day").GetString()}");
        var shown = page.Locator($".today-shifts [data-shift='{worked.GetProperty("id").GetString()}']");
        await ShownAsync(shown);
        var queue = worked.GetProperty("queue");
        Assert.Equal(queueId, queue.GetProperty("id").GetGuid());
        await Assertions.Expect(shown).ToContainTextAsync(LocalHours(worked));
        await Assertions.Expect(shown).ToContainTextAsync($"{queue.GetProperty("store").GetProperty("name").GetString()} · {queue.GetProperty("name").GetString()}");
        await Assertions.Expect(shown).ToContainTextAsync(LocalHours(worked.GetProperty("breaks")[0]));
        await Assertions.Expect(shown).ToContainTextAsync(worked.GetProperty("timeZone").GetString()!);
        await ConsoleBrowser.ScreenshotAsync(page, "19-my-day-agent-shift-of-the-day");
        // The agent lands on the team overview, which is management's (403); its own shifts are never refused.
        AssertNoScriptErrorsBut(403);
    }

    /// <summary>"09:00–17:00": a shift's or a break's local start and end as the console shows them.</summary>
    private static string LocalHours(JsonElement span) =>
        $"{span.GetProperty("localStart").GetDateTimeOffset():HH:mm}–{span.GetProperty("localEnd").GetDateTimeOffset():HH:mm}";

    [Fact]
    public async Task Both_languages_name_every_text_and_every_documented_value_the_workforce_pages_show()
    {
        using var anonymous = new HttpClient { BaseAddress = browser.Host.Gateway };
        var english = CatalogueKeys(await anonymous.GetStringAsync("/console/js/locales/en.js"));
        var chinese = CatalogueKeys(await anonymous.GetStringAsync("/console/js/locales/zh-CN.js"));
        var scheduling = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/scheduling.json");
        var schemas = scheduling.GetProperty("components").GetProperty("schemas");

        foreach (var module in new[] { "pages/roster.js", "pages/task-lists.js", "pages/my-day.js", "roster-grid.js", "routes.js" })
        {
            var source = await anonymous.GetStringAsync($"/console/js/{module}");
            var keys = TranslatedKey().Matches(source).Select(match => match.Groups["key"].Value).ToList();
            Assert.NotEmpty(keys);
            Assert.DoesNotContain(keys, key => !english.Contains(key) || !chinese.Contains(key));
        }

        // The wire values of the API's enums are shown through label(group, value): each needs both languages.
        foreach (var (group, schema) in new[] { ("rosterStatus", "RosterStatus"), ("rosterRule", "RosterRule"), ("taskRole", "TaskRole") })
        {
            var values = schemas.GetProperty(schema).GetProperty("enum").EnumerateArray().Select(value => value.GetString()!).ToList();
            Assert.NotEmpty(values);
            Assert.DoesNotContain(values.Select(value => $"{group}.{value}"), key => !english.Contains(key) || !chinese.Contains(key));
        }
    }

    /// <summary>
    /// Waits for a page the services had to work for (a roster generated, evaluated and drawn), however
    /// busy the machine: this waits for the answer, it does not time it.
    /// </summary>
    private static Task ShownAsync(ILocator locator) =>
        Assertions.Expect(locator).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 180_000 });

    private async Task<IReadOnlyList<Agent>> OnDutyAsync(string storeCode, DateTimeOffset at)
    {
        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{browser.Host.GatewayGrpcPort}");
        var client = new SchedulingService.SchedulingServiceClient(channel);
        var reply = await client.WhoWasOnDutyAsync(new WhoWasOnDutyRequest { StoreCode = storeCode, At = at.ToString("O") },
            new Metadata { { "Authorization", $"Bearer {TestTokens.For("demo", SuiteRoles.Supervisor)}" } });
        return reply.Agents;
    }

    private static HashSet<string> CatalogueKeys(string catalogue) =>
        CatalogueKey().Matches(catalogue).Select(match => match.Groups["key"].Value).ToHashSet();

    [GeneratedRegex(@"'(?<key>[\w.-]+)':")]
    private static partial Regex CatalogueKey();

    // t('key') in pages, and a route's title: 'key' in routes.js.
    [GeneratedRegex(@"(?:\bt\(|\btitle: )'(?<key>[\w.-]+)'")]
    private static partial Regex TranslatedKey();
}
