using System.Net;
using System.Net.Sockets;

namespace Suite.Gateway.Tests;

/// <summary>
/// The gateway with Training behind it replaced by a listener that accepts connections and never answers,
/// and Training's cluster given a one-second activity timeout, so a hung service is quick to show.
/// </summary>
public sealed class SchedulingBehindImpatientGateway : SchedulingBehindGateway, IDisposable
{
    private readonly TcpListener _silentTraining;
    private readonly List<Socket> _held = [];

    public SchedulingBehindImpatientGateway() : this(new TcpListener(IPAddress.Loopback, 0))
    {
    }

    private SchedulingBehindImpatientGateway(TcpListener silentTraining) : base(Settings(silentTraining))
    {
        _silentTraining = silentTraining;
        _ = HoldConnectionsAsync();
    }

    private static Dictionary<string, string?> Settings(TcpListener listener)
    {
        listener.Start();
        return new Dictionary<string, string?>
        {
            ["services:training:http:0"] = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}",
            ["ReverseProxy:Clusters:training:HttpRequest:ActivityTimeout"] = "00:00:01",
        };
    }

    // Accepts every connection and keeps it open without reading or writing: a service that hangs.
    private async Task HoldConnectionsAsync()
    {
        try
        {
            while (true)
            {
                var socket = await _silentTraining.AcceptSocketAsync();
                lock (_held)
                {
                    _held.Add(socket);
                }
            }
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
        {
            // The listener was stopped: the fixture is being disposed.
        }
    }

    public void Dispose()
    {
        _silentTraining.Stop();
        lock (_held)
        {
            foreach (var socket in _held)
            {
                socket.Dispose();
            }
        }
    }
}
