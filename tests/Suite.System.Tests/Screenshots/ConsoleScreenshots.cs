using Microsoft.Playwright;
using Suite.SystemTests.Console;

namespace Suite.SystemTests.Screenshots;

/// <summary>
/// Takes the README's pictures of the console:
///
///     dotnet build tests/Suite.System.Tests &amp;&amp; dotnet test tests/Suite.System.Tests --no-build --filter "Category=Screenshots"
///
/// Starts the embedded suite with the demo centre loaded (several minutes), signs in with the demo
/// identities, and saves a screen-sized PNG of every page the console's navigation links to, in English,
/// into docs/console/ named after the route (the agent's pages prefixed agent-), plus the first chat of
/// the QA queue (conversation.png) and the complaints board in Simplified Chinese (complaints-zh.png).
/// The links are read from the page, so pages added to the console are photographed without a change here.
/// </summary>
[Trait("Category", "Screenshots")]
public sealed class ConsoleScreenshots : IAsyncLifetime
{
    private readonly DemoCentreHost _host = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private static string Folder { get; } = Path.Combine(Build.RepositoryRoot, "docs", "console");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ConsoleBrowser.ChromiumPath))
        {
            throw new InvalidOperationException($"{ConsoleBrowser.ChromiumPath} is missing: install Debian's chromium package (scripts/test.sh does).");
        }

        Directory.CreateDirectory(Folder);
        await _host.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ConsoleBrowser.ChromiumPath,
            Headless = true,
            // Machines that run this as root cannot start Chromium's sandbox.
            Args = ["--no-sandbox"],
        });
    }

    [Fact]
    public async Task Every_page_of_the_navigation_is_photographed_with_the_demo_centre_loaded()
    {
        var supervisor = await SignedInAsync("supervisor");
        var supervisorPages = await PhotographNavigationAsync(supervisor, prefix: "");
        Assert.Contains("complaints", supervisorPages);

        await supervisor.GotoAsync("#/qa");
        await RenderedAsync(supervisor);
        var firstChat = supervisor.Locator("a[data-conversation]").First;
        if (await firstChat.CountAsync() > 0)
        {
            await firstChat.ClickAsync();
            await RenderedAsync(supervisor);
            await SaveAsync(supervisor, "conversation");
        }

        await supervisor.SelectOptionAsync("#language", "zh-CN");
        await supervisor.GotoAsync("#/complaints");
        await RenderedAsync(supervisor);
        await SaveAsync(supervisor, "complaints-zh");

        var agent = await SignedInAsync("agent");
        await SaveAsync(agent, "agent-home");
        await PhotographNavigationAsync(agent, prefix: "agent-");
    }

    private async Task<IPage> SignedInAsync(string role)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _host.Gateway.ToString(),
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
            Locale = "en-GB",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator($"button[data-identity={role}]")).ToBeVisibleAsync();
        if (role == "supervisor")
        {
            await SaveAsync(page, "sign-in");
        }

        await page.ClickAsync($"button[data-identity={role}]");
        await Assertions.Expect(page.Locator("#sign-out")).ToBeVisibleAsync();
        await RenderedAsync(page);
        return page;
    }

    /// <summary>Visits each link of the navigation as the console shows it to this person, and photographs the page.</summary>
    private static async Task<List<string>> PhotographNavigationAsync(IPage page, string prefix)
    {
        var routes = new List<string>();
        foreach (var href in await page.Locator("nav#nav a").EvaluateAllAsync<string[]>("links => links.map(link => link.getAttribute('href'))"))
        {
            var route = href.TrimStart('#', '/').Split('?')[0].Replace('/', '-');
            await page.ClickAsync($"nav#nav a[href='{href}']");
            await RenderedAsync(page);
            await SaveAsync(page, prefix + route);
            routes.Add(route);
        }

        return routes;
    }

    // The console shows a loading line while a page fetches from the API, then replaces it with the page
    // (or shows the problem); charts and countdowns fill in once the network is quiet.
    private static async Task RenderedAsync(IPage page)
    {
        await page.WaitForFunctionAsync("""
            () => {
              const content = document.getElementById('page');
              const loading = content.children.length === 1 && content.firstElementChild.matches('p.muted');
              return !document.getElementById('problem').hidden || (content.children.length > 0 && !loading);
            }
            """);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    // One screen's worth, as a newcomer first sees the page: whole long pages made multi-megabyte pictures.
    private static Task SaveAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, $"{name}.png") });

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _host.DisposeAsync();
    }
}
