using System.Diagnostics;
using System.Globalization;
using System.Text;
using Suite.Bench.AutoQa;
using Suite.Quality.Domain;

// Usage: dotnet run -c Release --project bench/Suite.Bench.AutoQa [-- --quick] [--seed N] [--megabytes N] [--runs N] [--markdown PATH]
// Needs ripgrep on the PATH (Debian: apt-get install -y ripgrep) for the comparison column.
// --markdown PATH also writes the results as a BENCHMARKS.md section (heading, command, table, comparison).
var quick = args.Contains("--quick");
var markdownPath = TextOption("--markdown");
var seed = Option("--seed", 5);
var megabytes = Option("--megabytes", quick ? 10 : 100);
var runs = Option("--runs", quick ? 1 : 3);
const int PhraseCount = 500;
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var report = new StringBuilder();

var generate = Stopwatch.StartNew();
var corpus = Corpus.Generate(megabytes * 1_000_000L, PhraseCount, seed);
generate.Stop();
var mb = corpus.TextBytes / 1_000_000.0;
Console.WriteLine(Invariant($"Auto-QA benchmark: {corpus.Conversations.Count} conversations, {corpus.Messages} messages, {mb:0.0} MB of UTF-8 text, {corpus.Phrases.Count} red-line phrases (Chinese and English), seed {seed}, best of {runs} run(s){(quick ? " (quick)" : "")}; generated in {generate.Elapsed.TotalSeconds:0.0} s"));
Console.WriteLine();

// Every red-line phrase in one category is enough: the scanner's cost does not depend on how they are split.
var policy = AutoQaPolicy.Default with { AbusePhrases = corpus.Phrases, OffPlatformPhrases = [], AbsoluteAdvertisingPhrases = [], DetectContactDetails = false };
var scanner = new PhraseScanner<RedLineCategory>(policy.RedLinePhrases());
var inspector = new AutoQaInspector(policy);
var withPatterns = new AutoQaInspector(policy with { DetectContactDetails = true });

var (scanSeconds, scanLines) = Best(runs, () =>
{
    var lines = 0;
    foreach (var conversation in corpus.Conversations)
    {
        foreach (var message in conversation)
        {
            if (scanner.FindAll(message.Text).Count > 0)
            {
                lines++;
            }
        }
    }

    return lines;
});
var (inspectSeconds, flagged) = Best(runs, () => corpus.Conversations.Count(conversation => inspector.Inspect(conversation).RedLineHits.Count > 0));
var (patternSeconds, _) = Best(runs, () => corpus.Conversations.Count(conversation => withPatterns.Inspect(conversation).RedLineHits.Count > 0));

var folder = Directory.CreateTempSubdirectory("suite-bench-autoqa");
try
{
    var textPath = Path.Combine(folder.FullName, "text.txt");
    var phrasesPath = Path.Combine(folder.FullName, "phrases.txt");
    await File.WriteAllLinesAsync(phrasesPath, corpus.Phrases, new UTF8Encoding(false));
    await using (var writer = new StreamWriter(textPath, false, new UTF8Encoding(false), 1 << 20))
    {
        writer.NewLine = "\n";
        foreach (var message in corpus.Conversations.SelectMany(conversation => conversation))
        {
            await writer.WriteLineAsync(message.Text);
        }
    }

    var (decodeSeconds, _) = Best(runs, () => File.ReadLines(textPath, Encoding.UTF8).Count());
    var ripgrep = RunRipgrep(phrasesPath, textPath, runs);

    Report("| what | seconds | throughput | lines with a hit |");
    Report("|---|---|---|---|");
    Report(Invariant($"| PhraseScanner over every message (in memory, {corpus.Phrases.Count} phrases) | {scanSeconds:0.000} | {mb / scanSeconds:0.0} MB/s | {scanLines} |"));
    Report(Invariant($"| Reading and decoding the same text from the file (.NET, for reference) | {decodeSeconds:0.000} | {mb / decodeSeconds:0.0} MB/s | |"));
    if (ripgrep is { } rg)
    {
        Report(Invariant($"| `rg -j1 -F -c -f phrases.txt text.txt` (ripgrep {rg.Version}) | {rg.Seconds:0.000} | {mb / rg.Seconds:0.0} MB/s | {rg.Lines} |"));
    }

    Report(Invariant($"| Full auto-QA (response times, QA ratio, greeting, closing, red lines) | {inspectSeconds:0.000} | {corpus.Conversations.Count / inspectSeconds:0} conversations/s | {flagged} conversations flagged |"));
    Report(Invariant($"| Full auto-QA with contact-detail patterns (phone, WeChat, QQ) | {patternSeconds:0.000} | {corpus.Conversations.Count / patternSeconds:0} conversations/s | |"));
    Report();
    if (ripgrep is { } result)
    {
        var ratio = result.Seconds / scanSeconds;
        Report(Invariant($"Phrase scan at {ratio * 100:F0}% of ripgrep's single-thread throughput (goal: at least 50%); line counts {(result.Lines == scanLines ? "agree" : "DIFFER")}."));
    }
    else
    {
        Report("ripgrep (rg) was not found on the PATH: install it (apt-get install -y ripgrep) for the comparison.");
    }
}
finally
{
    folder.Delete(recursive: true);
}

if (markdownPath is not null)
{
    var shown = args.Where((arg, i) => arg != "--markdown" && (i == 0 || args[i - 1] != "--markdown")).ToArray();
    var command = "dotnet run -c Release --project bench/Suite.Bench.AutoQa" + (shown.Length > 0 ? " -- " + string.Join(' ', shown) : "");
    var preface = Invariant($"Command: `{command}`. {mb:0.0} MB of generated Chinese and English chats ({corpus.Conversations.Count} conversations), ") +
        Invariant($"{corpus.Phrases.Count} red-line phrases, seed {seed}, best of {runs} run(s) after a warm-up. ") +
        "Peer: `rg -j1 -F -c -f phrases.txt text.txt` (single thread) over the same text and phrases in the same run.";
    await File.WriteAllTextAsync(markdownPath, $"### Auto-QA and the red-line phrase scan against ripgrep\n\n{preface}\n\n{report}");
}

static (double Seconds, int Result) Best(int runs, Func<int> work)
{
    var result = work(); // warm-up: JIT and tiering, not timed
    var best = double.MaxValue;
    for (var run = 0; run < runs; run++)
    {
        var watch = Stopwatch.StartNew();
        result = work();
        best = Math.Min(best, watch.Elapsed.TotalSeconds);
    }

    return (best, result);
}

static (double Seconds, int Lines, string Version)? RunRipgrep(string phrases, string text, int runs)
{
    string version;
    try
    {
        version = Run("--version").Output.Split('\n')[0].Replace("ripgrep ", "", StringComparison.Ordinal).Trim();
    }
    catch (System.ComponentModel.Win32Exception)
    {
        return null;
    }

    var best = double.MaxValue;
    var lines = 0;
    for (var run = 0; run <= runs; run++)
    {
        var (output, seconds) = Run("-j1", "-F", "-c", "-f", phrases, text);
        lines = int.Parse(output.Trim().Length == 0 ? "0" : output.Trim(), CultureInfo.InvariantCulture);
        if (run > 0)
        {
            best = Math.Min(best, seconds);
        }
    }

    return (best, lines, version);
}

static (string Output, double Seconds) Run(params string[] arguments)
{
    var start = new ProcessStartInfo("rg") { RedirectStandardOutput = true, UseShellExecute = false };
    foreach (var argument in arguments)
    {
        start.ArgumentList.Add(argument);
    }

    var watch = Stopwatch.StartNew();
    using var process = Process.Start(start)!;
    var output = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    return (output, watch.Elapsed.TotalSeconds);
}

// Each line of the results goes to the console and into the Markdown section.
void Report(string line = "")
{
    Console.WriteLine(line);
    report.AppendLine(line);
}

string? TextOption(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
}

static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
