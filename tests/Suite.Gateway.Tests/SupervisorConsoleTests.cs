using System.Net;
using System.Text.RegularExpressions;

namespace Suite.Gateway.Tests;

/// <summary>The console is a static site the gateway serves; these read it the way a browser fetches it.</summary>
public sealed partial class SupervisorConsoleTests(SchedulingBehindGateway suite)
{
    [Fact]
    public async Task The_root_leads_to_the_console_page_served_with_a_strict_content_security_policy()
    {
        var anonymous = suite.AnonymousClient();

        var root = await anonymous.GetAsync("/");

        Assert.True(root.StatusCode == HttpStatusCode.OK, $"{root.RequestMessage?.RequestUri} answered {(int)root.StatusCode}: {await root.Content.ReadAsStringAsync()}");
        Assert.Equal("/console/", root.RequestMessage?.RequestUri?.AbsolutePath);
        Assert.Equal("text/html", root.Content.Headers.ContentType?.MediaType);
        var policy = Assert.Single(root.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Equal("nosniff", Assert.Single(root.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("js/app.js", await root.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_module_the_console_imports_is_served_as_javascript()
    {
        var modules = await ModulesReachedFromAppAsync();

        Assert.Contains("/console/js/locales/zh-CN.js", modules.Keys);
        Assert.True(modules.Count > 10, $"only {modules.Count} modules reached from app.js");
    }

    [Fact]
    public async Task Both_languages_translate_every_text_the_pages_ask_for()
    {
        var anonymous = suite.AnonymousClient();
        var english = Keys(await anonymous.GetStringAsync("/console/js/locales/en.js"));
        var chinese = Keys(await anonymous.GetStringAsync("/console/js/locales/zh-CN.js"));

        Assert.Empty(english.Except(chinese));
        Assert.Empty(chinese.Except(english));

        // Every module the console loads, so a new page cannot be added without its texts in both languages.
        foreach (var (path, source) in await ModulesReachedFromAppAsync())
        {
            var missing = TranslatedKey().Matches(source).Select(match => match.Groups["key"].Value).Where(key => !english.Contains(key)).ToList();
            Assert.True(missing.Count == 0, $"{path} asks for untranslated {string.Join(", ", missing)}");
        }
    }

    /// <summary>Follows the imports from app.js; each module must be served as JavaScript.</summary>
    private async Task<Dictionary<string, string>> ModulesReachedFromAppAsync()
    {
        var anonymous = suite.AnonymousClient();
        var pending = new Queue<string>(["/console/js/app.js"]);
        var modules = new Dictionary<string, string>();

        while (pending.TryDequeue(out var path))
        {
            if (modules.ContainsKey(path))
            {
                continue;
            }

            var response = await anonymous.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
            Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
            var source = await response.Content.ReadAsStringAsync();
            modules[path] = source;
            foreach (Match import in ImportedModule().Matches(source))
            {
                pending.Enqueue(new Uri(new Uri($"http://console{path}"), import.Groups["path"].Value).AbsolutePath);
            }
        }

        return modules;
    }

    private static HashSet<string> Keys(string catalogue) =>
        CatalogueKey().Matches(catalogue).Select(match => match.Groups["key"].Value).ToHashSet();

    [GeneratedRegex(@"(?:import|from)\s+'(?<path>\./[^']+|\.\./[^']+)'")]
    private static partial Regex ImportedModule();

    [GeneratedRegex(@"'(?<key>[\w.-]+)':")]
    private static partial Regex CatalogueKey();

    [GeneratedRegex(@"\bt\('(?<key>[\w.-]+)'")]
    private static partial Regex TranslatedKey();
}
