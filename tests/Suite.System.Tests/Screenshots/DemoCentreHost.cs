namespace Suite.SystemTests.Screenshots;

/// <summary>
/// The embedded default started with the demo centre loaded, as `dotnet run --project
/// AppHost/Suite.Standalone -- demo-centre` does, on free ports and a temporary data folder. Building the
/// centre takes minutes, so the host is given its time to print its ready banner.
/// </summary>
public sealed class DemoCentreHost : IAsyncLifetime
{
    // Loading the centre goes through the gateway like any client: minutes on a small machine. The bound
    // only keeps a broken host from hanging the command for ever.
    private static readonly TimeSpan LoadingAllowance = TimeSpan.FromMinutes(45);

    private readonly int _gatewayPort = FreePort.Next();
    private SuiteProcess? _process;

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "suite-demo-centre", Guid.NewGuid().ToString("N"));

    public Uri Gateway => new($"http://127.0.0.1:{_gatewayPort}");

    public async ValueTask InitializeAsync()
    {
        _process = SuiteProcess.Start("demo-centre", "AppHost/Suite.Standalone", new Dictionary<string, string>(),
            "demo-centre",
            $"--Standalone:GatewayPort={_gatewayPort}",
            $"--Standalone:GatewayGrpcPort={FreePort.Next()}",
            $"--Standalone:ServicesPort={FreePort.Next()}",
            $"--Standalone:ServicesGrpcPort={FreePort.Next()}",
            $"--Standalone:DataFolder={DataFolder}");
        await _process.WaitUntilReadyAsync($"{Gateway}health/ready", TimeSpan.FromSeconds(120));
        await Suite.Testing.Eventually.True(
            () => Task.FromResult(_process.HasExited || _process.Output.Any(line => line.Contains("(embedded) ready in", StringComparison.Ordinal))),
            LoadingAllowance, "the host to load the demo centre and print its banner");
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"The host stopped while loading the demo centre:\n{string.Join('\n', _process.Output.TakeLast(40))}");
        }
    }

    public IReadOnlyList<string> Output => _process?.Output ?? [];

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
