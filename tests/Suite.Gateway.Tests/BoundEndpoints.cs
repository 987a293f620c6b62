using System.Collections.Concurrent;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Suite.Gateway.Tests;

/// <summary>
/// The addresses Kestrel actually bound for the endpoints of a host's configuration. The tests give every
/// endpoint port 0, so two runs never collide; the endpoint is then told apart by its protocols (REST is
/// HTTP/1.1, gRPC is HTTP/2 only), and Kestrel writes the bound port back into its listen options.
/// </summary>
public sealed class BoundEndpoints
{
    private readonly ConcurrentQueue<ListenOptions> _endpoints = new();

    /// <summary>Pass to WebApplicationFactory.UseKestrel before the host starts.</summary>
    public void Capture(KestrelServerOptions options) => options.ConfigureEndpointDefaults(_endpoints.Enqueue);

    public Uri Serving(HttpProtocols protocols) =>
        new($"http://{_endpoints.Single(endpoint => endpoint.Protocols == protocols).IPEndPoint}");

    /// <summary>Settings that put both Kestrel endpoints of a suite host on free loopback ports.</summary>
    public static Dictionary<string, string?> OnFreeLoopbackPorts() => new()
    {
        ["Kestrel:Endpoints:Http:Url"] = "http://127.0.0.1:0",
        ["Kestrel:Endpoints:Grpc:Url"] = "http://127.0.0.1:0",
    };
}
