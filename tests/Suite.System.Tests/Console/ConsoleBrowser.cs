using Microsoft.Playwright;

namespace Suite.SystemTests.Console;

/// <summary>
/// Debian's Chromium driven by Playwright, against the embedded suite. Screenshots of each step land
/// in artifacts/test-results/console-screenshots so a reader of a CI run can see what the tests saw.
/// </summary>
public sealed class ConsoleBrowser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public StandaloneHost Host { get; } = new();

    public static string ScreenshotFolder { get; } = Path.Combine(Build.RepositoryRoot, "artifacts", "test-results", "console-screenshots");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium package (scripts/test.sh does).");
        }

        Directory.CreateDirectory(ScreenshotFolder);
        await Host.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // The CI machine runs as root, where Chromium's sandbox cannot start.
            Args = ["--no-sandbox"],
        });
    }

    /// <summary>A fresh page (its own storage, so its own sign-in) that fails the test on any script error.</summary>
    public async Task<IPage> NewPageAsync(List<string> scriptErrors)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.Gateway.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
            Locale = "en-GB",
        });
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => scriptErrors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                scriptErrors.Add(message.Text);
            }
        };
        return page;
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"{name}.png"), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Host.DisposeAsync();
    }
}
