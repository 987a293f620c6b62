using System.Net.Http.Headers;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Suite.Gateway.RateLimiting;
using Suite.Scheduling;
using Suite.Scheduling.Grpc;
using Suite.Testing;

[assembly: AssemblyFixture(typeof(Suite.Gateway.Tests.SchedulingBehindGateway))]

namespace Suite.Gateway.Tests;

/// <summary>
/// The real Scheduling service and the real gateway, each on Kestrel on free loopback ports, wired the way
/// Aspire wires them: the gateway finds Scheduling through services:scheduling:{http,grpc}:0. The other three
/// services point at closed loopback ports, so their routes show what a caller gets when a service is down.
/// </summary>
public class SchedulingBehindGateway : IAsyncLifetime
{
    /// <summary>Closed loopback ports, one per endpoint, so the configuration test can tell them apart.</summary>
    public static readonly IReadOnlyDictionary<string, string> UnreachableEndpoints = new Dictionary<string, string>
    {
        ["training:http"] = "http://127.0.0.1:1",
        ["training:grpc"] = "http://127.0.0.1:2",
        ["quality:http"] = "http://127.0.0.1:3",
        ["quality:grpc"] = "http://127.0.0.1:4",
        ["complaints:http"] = "http://127.0.0.1:5",
        ["complaints:grpc"] = "http://127.0.0.1:6",
    };

    private readonly IReadOnlyDictionary<string, string?> _gatewaySettings;
    private readonly BoundEndpoints _schedulingEndpoints = new();
    private readonly BoundEndpoints _gatewayEndpoints = new();
    private readonly List<HttpClient> _clients = [];
    private readonly List<GrpcChannel> _channels = [];
    private ServiceFactory<SchedulingGrpcService>? _scheduling;
    private ServiceFactory<TenantRateLimitOptions>? _gateway;

    public SchedulingBehindGateway() : this(new Dictionary<string, string?>())
    {
    }

    protected SchedulingBehindGateway(IReadOnlyDictionary<string, string?> gatewaySettings)
    {
        _gatewaySettings = gatewaySettings;
    }

    public ForwardedRequests ReceivedByScheduling { get; } = new();

    public ServiceFactory<TenantRateLimitOptions> Gateway => _gateway ?? throw new InvalidOperationException("Not started.");

    public Uri SchedulingHttp => _schedulingEndpoints.Serving(HttpProtocols.Http1);

    public Uri SchedulingGrpc => _schedulingEndpoints.Serving(HttpProtocols.Http2);

    public Uri GatewayHttp => _gatewayEndpoints.Serving(HttpProtocols.Http1);

    public Uri GatewayGrpc => _gatewayEndpoints.Serving(HttpProtocols.Http2);

    public ValueTask InitializeAsync()
    {
        _scheduling = new ServiceFactory<SchedulingGrpcService>(SchedulingModule.Name, BoundEndpoints.OnFreeLoopbackPorts());
        _scheduling.WithServices(services => services.AddSingleton<IStartupFilter>(ReceivedByScheduling));
        _scheduling.UseKestrel(_schedulingEndpoints.Capture);
        _scheduling.StartServer();

        var settings = BoundEndpoints.OnFreeLoopbackPorts();
        settings["services:scheduling:http:0"] = SchedulingHttp.ToString();
        settings["services:scheduling:grpc:0"] = SchedulingGrpc.ToString();
        foreach (var (endpoint, address) in UnreachableEndpoints)
        {
            settings[$"services:{endpoint}:0"] = address;
        }

        foreach (var (key, value) in _gatewaySettings)
        {
            settings[key] = value;
        }

        _gateway = new ServiceFactory<TenantRateLimitOptions>(GatewayModule.Name, settings);
        _gateway.UseKestrel(_gatewayEndpoints.Capture);
        _gateway.StartServer();
        return ValueTask.CompletedTask;
    }

    /// <summary>A REST client of the gateway, carrying a real token of the tenant with the roles.</summary>
    public HttpClient ClientFor(string tenant, params string[] roles) => ClientWithToken(TestTokens.For(tenant, roles));

    public HttpClient ClientWithToken(string? token)
    {
        var client = new HttpClient { BaseAddress = GatewayHttp };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        _clients.Add(client);
        return client;
    }

    public HttpClient AnonymousClient() => ClientWithToken(null);

    /// <summary>A real HTTP/2 (h2c) channel to the gateway's gRPC port.</summary>
    public GrpcChannel GatewayGrpcChannel()
    {
        var channel = GrpcChannel.ForAddress(GatewayGrpc);
        _channels.Add(channel);
        return channel;
    }

    public async ValueTask DisposeAsync()
    {
        _channels.ForEach(channel => channel.Dispose());
        _clients.ForEach(client => client.Dispose());
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        if (_scheduling is not null)
        {
            await _scheduling.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}

/// <summary>The same pair with a gateway that lets each tenant make two requests an hour.</summary>
public sealed class SchedulingBehindStrictGateway() : SchedulingBehindGateway(new Dictionary<string, string?>
{
    ["RateLimiting:PermitsPerWindow"] = PermitsPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ["RateLimiting:WindowSeconds"] = WindowSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
})
{
    public const int PermitsPerWindow = 2;
    public const int WindowSeconds = 3600;
}
