using System.Net.Http.Headers;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Suite.ServiceDefaults.Auth;

namespace Suite.Testing;

/// <summary>
/// Hosts one service in memory on its own temporary SQLite file, with the in-memory bus and the
/// development signing key. <typeparamref name="TEntryPoint"/> is any type of the service's assembly.
/// </summary>
public class ServiceFactory<TEntryPoint> : WebApplicationFactory<TEntryPoint> where TEntryPoint : class
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "suite-tests", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> _settings;
    private readonly List<Action<IServiceCollection>> _serviceOverrides = [];

    public ServiceFactory(string connectionName, IDictionary<string, string?>? settings = null)
    {
        Directory.CreateDirectory(_folder);
        _settings = new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{connectionName}"] = $"Data Source={Path.Combine(_folder, connectionName + ".db")};Pooling=False",
            ["Database:Provider"] = "Sqlite",
            ["Database:MigrateOnStartup"] = "true",
            ["Auth:SigningKey"] = SuiteAuthOptions.DevelopmentSigningKey,
            ["Messaging:OutboxPollInterval"] = "00:00:00.200",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    /// <summary>Replaces services (a fake clock, a gRPC handler into another in-memory service) before the host starts.</summary>
    public ServiceFactory<TEntryPoint> WithServices(Action<IServiceCollection> configure)
    {
        _serviceOverrides.Add(configure);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // UseSetting rather than ConfigureAppConfiguration: the services read their configuration while
        // registering, before the factory's configuration callbacks would run.
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            foreach (var configure in _serviceOverrides)
            {
                configure(services);
            }
        });
    }

    public HttpClient ClientFor(string tenant, params string[] roles)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(tenant, roles));
        return client;
    }

    /// <summary>A client acting as one agent of the centre (role agent, with its agent id claim).</summary>
    public HttpClient ClientForAgent(string tenant, Guid agentId)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.ForAgent(tenant, agentId));
        return client;
    }

    public HttpClient AnonymousClient() => CreateClient();

    /// <summary>A gRPC channel into this in-memory service.</summary>
    public GrpcChannel GrpcChannel() =>
        Grpc.Net.Client.GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions { HttpHandler = Server.CreateHandler() });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file may still be held by a pooled connection; the temp folder is cleaned by the OS.
            }
        }
    }
}
