using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;

namespace Suite.SystemTests.Console;

/// <summary>The supervisor console's main flows, clicked through in a real browser against the embedded suite.</summary>
public sealed class ConsoleBrowserTests(ConsoleBrowser browser) : IClassFixture<ConsoleBrowser>
{
    private readonly List<string> _scriptErrors = [];

    private HttpClient Api()
    {
        var client = new HttpClient { BaseAddress = browser.Host.Gateway };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For("demo", SuiteRoles.Supervisor));
        return client;
    }

    private async Task<IPage> SignedInAsync(string role = SuiteRoles.Supervisor)
    {
        var page = await browser.NewPageAsync(_scriptErrors);
        await page.GotoAsync("/");
        await page.ClickAsync($"button[data-identity={role}]");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Team overview");
        return page;
    }

    [Fact]
    public async Task A_supervisor_signs_in_with_a_demo_identity_and_sees_the_team_in_either_language()
    {
        var page = await browser.NewPageAsync(_scriptErrors);
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");
        await ConsoleBrowser.ScreenshotAsync(page, "01-sign-in");

        await page.ClickAsync("button[data-identity=supervisor]");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Team overview");
        await Assertions.Expect(page.Locator("[data-stat=agents]")).ToHaveTextAsync("8");
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync("Demo Supervisor");
        await ConsoleBrowser.ScreenshotAsync(page, "02-team-overview");

        await page.SelectOptionAsync("#language", "zh-CN");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("团队概览");
        await Assertions.Expect(page.Locator("nav a").First).ToHaveTextAsync("团队");
        await ConsoleBrowser.ScreenshotAsync(page, "03-team-overview-zh-CN");
        Assert.Empty(_scriptErrors);
    }

    [Fact]
    public async Task An_evaluator_opens_a_flagged_chat_sees_the_red_line_marked_and_scores_it()
    {
        using var api = Api();
        var agentId = await FirstAgentIdAsync(api);
        var conversationId = $"browser-{Guid.NewGuid():N}";
        var scorecard = await CreateScorecardAsync(api);
        var ingested = await api.PostAsJsonAsync("/api/quality/conversations/batch", new
        {
            conversations = new[]
            {
                new
                {
                    conversationId, agentId, storeCode = "tmall-flagship", channel = "chat", csat = 2,
                    messages = new[]
                    {
                        new { role = "customer", sentAt = "2026-11-20T02:00:00Z", text = "你好，这款有现货吗？" },
                        new { role = "agent", sentAt = "2026-11-20T02:00:20Z", text = "您好，有的，加我微信私聊给你便宜" },
                    },
                },
            },
        });
        Assert.True(ingested.IsSuccessStatusCode, await ingested.Content.ReadAsStringAsync());
        var page = await SignedInAsync();

        await page.ClickAsync("nav a[href='#/qa']");
        await page.ClickAsync($"a[data-conversation='{conversationId}']");

        await Assertions.Expect(page.Locator("mark.red-line", new PageLocatorOptions { HasText = "加我微信" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-red-line=off-platform]").First).ToBeVisibleAsync();
        foreach (var criterion in new[] { "greeting", "accurate" })
        {
            await page.CheckAsync($"input[name='{criterion}'][value='met']");
        }

        await page.CheckAsync("input[name='no-red-line'][value='not-met']");
        await ConsoleBrowser.ScreenshotAsync(page, "04-qa-evaluation-form");
        await page.ClickAsync("button[type=submit]");

        await Assertions.Expect(page.Locator("[data-evaluation-score]")).ToHaveAttributeAsync("data-evaluation-score", "0");
        await ConsoleBrowser.ScreenshotAsync(page, "05-qa-evaluated");
        var evaluations = await api.GetFromJsonAsync<JsonElement>($"/api/quality/evaluations?agentId={agentId}", SuiteJson.Options);
        var evaluation = Assert.Single(evaluations.GetProperty("items").EnumerateArray(), item => item.GetProperty("scorecardId").GetGuid() == scorecard);
        Assert.True(evaluation.GetProperty("autoFailed").GetBoolean());
        Assert.Empty(_scriptErrors);
    }

    [Fact]
    public async Task A_supervisor_moves_a_complaint_across_the_board_and_resolves_it()
    {
        using var api = Api();
        var filed = await api.PostAsJsonAsync("/api/complaints/complaints", new
        {
            channel = "chat", platform = "Tmall", storeCode = "tmall-flagship", customerReference = $"buyer-{Guid.NewGuid():N}",
            category = "logistics", description = "Parcel stuck for a week", attachments = Array.Empty<string>(),
        });
        Assert.True(filed.IsSuccessStatusCode, await filed.Content.ReadAsStringAsync());
        var complaintId = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var page = await SignedInAsync();

        await page.ClickAsync("nav a[href='#/complaints']");
        var card = page.Locator($"[data-status=new] [data-complaint='{complaintId}']");
        await Assertions.Expect(card).ToBeVisibleAsync();
        await ConsoleBrowser.ScreenshotAsync(page, "06-complaints-board");
        await card.Locator("button[data-to=acknowledged]").ClickAsync();

        var acknowledged = page.Locator($"[data-status=acknowledged] [data-complaint='{complaintId}']");
        await Assertions.Expect(acknowledged).ToBeVisibleAsync();
        await acknowledged.Locator("summary").ClickAsync();
        await acknowledged.Locator("select[name=outcome]").SelectOptionAsync("apology");
        await acknowledged.Locator("select[name=rootCause]").SelectOptionAsync("logistics");
        await acknowledged.Locator("button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator($"[data-status=resolved] [data-complaint='{complaintId}']")).ToBeVisibleAsync();
        await ConsoleBrowser.ScreenshotAsync(page, "07-complaint-resolved");
        var stored = await api.GetFromJsonAsync<JsonElement>($"/api/complaints/complaints/{complaintId}");
        Assert.Equal("resolved", stored.GetProperty("status").GetString());
        Assert.Equal("logistics", stored.GetProperty("resolution").GetProperty("rootCause").GetString());
        Assert.Empty(_scriptErrors);
    }

    private static async Task<Guid> FirstAgentIdAsync(HttpClient api)
    {
        var agents = await api.GetFromJsonAsync<JsonElement>("/api/scheduling/agents?pageSize=1");
        return agents.GetProperty("items")[0].GetProperty("id").GetGuid();
    }

    private static async Task<Guid> CreateScorecardAsync(HttpClient api)
    {
        var created = await api.PostAsJsonAsync("/api/quality/scorecards", new
        {
            key = $"browser-{Guid.NewGuid():N}"[..20],
            name = "Browser test card",
            sections = new object[]
            {
                new { key = "service", name = "Service", criteria = new object[]
                {
                    new { key = "greeting", name = "Greets the buyer", weight = 30, kind = "standard", allowNotApplicable = false },
                    new { key = "accurate", name = "Accurate answer", weight = 60, kind = "standard", allowNotApplicable = false },
                    new { key = "no-red-line", name = "No red line crossed", weight = 10, kind = "critical", allowNotApplicable = false, criticalScope = "evaluation" },
                } },
            },
        });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
