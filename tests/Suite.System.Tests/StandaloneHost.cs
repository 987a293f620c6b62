using Suite.Testing;

namespace Suite.SystemTests;

/// <summary>
/// The embedded default started as a newcomer would, from its built assembly, on free ports and a
/// temporary data folder. Shared by the tests of one class.
/// </summary>
public sealed class StandaloneHost : IAsyncLifetime
{
    private readonly int _gatewayPort = FreePort.Next();
    private SuiteProcess? _process;

    public int GatewayGrpcPort { get; } = FreePort.Next();

    /// <summary>The services' own REST port (loopback), for proving they check tokens without the gateway.</summary>
    public Uri Services { get; } = new($"http://127.0.0.1:{FreePort.Next()}");

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "suite-standalone", Guid.NewGuid().ToString("N"));

    public Uri Gateway => new($"http://127.0.0.1:{_gatewayPort}");

    public string ReadyBanner { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        _process = SuiteProcess.Start("standalone", "AppHost/Suite.Standalone", new Dictionary<string, string>(),
            $"--Standalone:GatewayPort={_gatewayPort}",
            $"--Standalone:GatewayGrpcPort={GatewayGrpcPort}",
            $"--Standalone:ServicesPort={Services.Port}",
            $"--Standalone:ServicesGrpcPort={FreePort.Next()}",
            $"--Standalone:DataFolder={DataFolder}",
            // The fuzz test sends thousands of requests for one tenant; the limit itself is tested at the gateway.
            "--RateLimiting:PermitsPerWindow=1000000",
            "--RateLimiting:ClientPermitsPerWindow=1000000");
        await _process.WaitUntilReadyAsync($"{Gateway}health/ready", TimeSpan.FromSeconds(120));
        await Eventually.True(() => Task.FromResult(_process.Output.Any(line => line.Contains("ready in"))),
            TimeSpan.FromSeconds(60), "the host to finish seeding and print its banner");
        ReadyBanner = _process.Output.First(line => line.Contains("ready in")).Trim();
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
