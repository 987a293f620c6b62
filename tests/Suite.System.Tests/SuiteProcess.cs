using System.Collections.Concurrent;
using System.Diagnostics;

namespace Suite.SystemTests;

/// <summary>
/// One process of the suite under test, started from its built assembly with the environment it
/// would get in a deployment. Its output is kept so a failing test can show what the process said.
/// </summary>
internal sealed class SuiteProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    public string Name { get; }

    private SuiteProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public static SuiteProcess Start(string name, string projectFolder, IDictionary<string, string> environment, params string[] args)
    {
        var folder = Build.OutputOf(projectFolder);
        var assembly = Path.Combine(folder, Path.GetFileName(projectFolder) + ".dll");
        if (!File.Exists(assembly))
        {
            throw new FileNotFoundException($"Build the solution first: {assembly} is missing.");
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("OTEL_EXPORTER_OTLP_ENDPOINT");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var suiteProcess = new SuiteProcess(name, process);
        process.OutputDataReceived += (_, line) => { if (line.Data is not null) suiteProcess._output.Enqueue(line.Data); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) suiteProcess._output.Enqueue("err: " + line.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return suiteProcess;
    }

    public bool HasExited => _process.HasExited;

    public IReadOnlyList<string> Output => _output.ToArray();

    /// <summary>Waits until the process answers 200 on a URL (its readiness endpoint), or fails with its output.</summary>
    public async Task WaitUntilReadyAsync(string url, TimeSpan within)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode}:\n{string.Join('\n', Output.TakeLast(60))}");
            }

            try
            {
                using var response = await client.GetAsync(url);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{Name} was not ready at {url}:\n{string.Join('\n', Output.TakeLast(60))}");
    }

    /// <summary>Ends the process abruptly, as a crash or an OOM kill would.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}
