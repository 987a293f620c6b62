using Suite.ServiceDefaults.Auth;

namespace Suite.SystemTests;

/// <summary>
/// The distributed shape without Aspire: a private RabbitMQ node, each service its own process with
/// its own SQLite database, and the gateway in front, wired by the same environment variables an
/// orchestrator would set (ConnectionStrings__messaging, services__{name}__grpc__0, Kestrel endpoints).
/// </summary>
internal sealed class DistributedSuite : IAsyncDisposable
{
    private static readonly (string Name, string Project)[] Services =
    [
        ("scheduling", "services/Scheduling/Suite.Scheduling"),
        ("training", "services/Training/Suite.Training"),
        ("quality", "services/Quality/Suite.Quality"),
        ("complaints", "services/Complaints/Suite.Complaints"),
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "suite-distributed", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, (int Http, int Grpc)> _ports = [];
    private readonly Dictionary<string, SuiteProcess> _processes = [];

    public RabbitMqNode Broker { get; private set; } = null!;

    public Uri Gateway { get; private set; } = null!;

    public static async Task<DistributedSuite> StartAsync()
    {
        var suite = new DistributedSuite();
        Directory.CreateDirectory(suite._folder);
        suite.Broker = await RabbitMqNode.StartAsync();
        foreach (var (name, _) in Services.Append(("gateway", "")))
        {
            suite._ports[name] = (FreePort.Next(), FreePort.Next());
        }

        suite.Gateway = new Uri($"http://127.0.0.1:{suite._ports["gateway"].Http}");
        await Task.WhenAll(Services.Select(service => suite.StartServiceAsync(service.Name)));
        await suite.StartGatewayAsync();
        return suite;
    }

    public Task StartServiceAsync(string name) => StartInstanceAsync(name, name);

    /// <summary>Another instance of a service on the same database and broker, as a scaled-out deployment runs it.</summary>
    public Task StartReplicaAsync(string name, string replica)
    {
        _ports[replica] = (FreePort.Next(), FreePort.Next());
        return StartInstanceAsync(name, replica);
    }

    private async Task StartInstanceAsync(string name, string instance)
    {
        var project = Services.Single(service => service.Name == name).Project;
        var (http, grpc) = _ports[instance];
        var environment = CommonEnvironment();
        environment["ConnectionStrings__messaging"] = Broker.AmqpUri;
        environment[$"ConnectionStrings__{name}"] = $"Data Source={Path.Combine(_folder, name + ".db")}";
        environment["Kestrel__Endpoints__Http__Url"] = $"http://127.0.0.1:{http}";
        environment["Kestrel__Endpoints__Grpc__Url"] = $"http://127.0.0.1:{grpc}";
        var process = SuiteProcess.Start(instance, project, environment);
        _processes[instance] = process;
        await process.WaitUntilReadyAsync($"http://127.0.0.1:{http}/health/ready", TimeSpan.FromSeconds(180));
    }

    private async Task StartGatewayAsync()
    {
        var (http, grpc) = _ports["gateway"];
        var environment = CommonEnvironment();
        environment["Kestrel__Endpoints__Http__Url"] = $"http://127.0.0.1:{http}";
        environment["Kestrel__Endpoints__Grpc__Url"] = $"http://127.0.0.1:{grpc}";
        var process = SuiteProcess.Start("gateway", "gateway/Suite.Gateway", environment);
        _processes["gateway"] = process;
        await process.WaitUntilReadyAsync($"http://127.0.0.1:{http}/health/ready", TimeSpan.FromSeconds(90));
    }

    /// <summary>Every process learns every service's addresses, as Aspire's service discovery would tell it.</summary>
    private Dictionary<string, string> CommonEnvironment()
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Auth__SigningKey"] = SuiteAuthOptions.DevelopmentSigningKey,
            ["Database__Provider"] = "Sqlite",
            ["Database__MigrateOnStartup"] = "true",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (name, _) in Services)
        {
            environment[$"services__{name}__http__0"] = $"http://127.0.0.1:{_ports[name].Http}";
            environment[$"services__{name}__grpc__0"] = $"http://127.0.0.1:{_ports[name].Grpc}";
        }

        return environment;
    }

    public SuiteProcess Process(string name) => _processes[name];

    /// <summary>The SQLite file of a service, for counting effects in the receiving database.</summary>
    public string DatabaseOf(string name) => Path.Combine(_folder, name + ".db");

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes.Values)
        {
            await process.DisposeAsync();
        }

        if (Broker is not null)
        {
            await Broker.DisposeAsync();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
