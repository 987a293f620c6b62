using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Suite.Bench.Events;

/// <summary>
/// A private RabbitMQ node (the Debian package's server) on loopback, with its own folders, ports and
/// its own epmd, so the benchmark neither uses nor disturbs a broker or epmd anybody else runs, and
/// everything it started can be ended by process id.
/// </summary>
internal sealed class RabbitMqNode : IAsyncDisposable
{
    private const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    private const string ControlScript = "/usr/lib/rabbitmq/bin/rabbitmqctl";

    private readonly string _folder;
    private readonly Dictionary<string, string> _environment;
    private readonly Process _epmd;

    private RabbitMqNode(string folder, int port, Dictionary<string, string> environment, Process epmd)
    {
        _folder = folder;
        Port = port;
        _environment = environment;
        _epmd = epmd;
    }

    public int Port { get; }

    public string AmqpUri => $"amqp://guest:guest@127.0.0.1:{Port}/";

    public static bool IsInstalled => File.Exists(ServerScript);

    public static async Task<RabbitMqNode> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "suite-bench-rabbitmq", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var port = FreePort();
        await File.WriteAllTextAsync(Path.Combine(folder, "enabled_plugins"), "[].");
        await File.WriteAllTextAsync(Path.Combine(folder, "rabbitmq.conf"),
            $"listeners.tcp.default = 127.0.0.1:{port}\nloopback_users.guest = true\n");
        var environment = new Dictionary<string, string>
        {
            ["HOME"] = folder,
            ["RABBITMQ_NODENAME"] = $"bench{port}@localhost",
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = port.ToString(),
            ["RABBITMQ_DIST_PORT"] = FreePort().ToString(),
            ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
            ["ERL_EPMD_PORT"] = FreePort().ToString(),
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(folder, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(folder, "log"),
            ["RABBITMQ_PID_FILE"] = Path.Combine(folder, "rabbit.pid"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(folder, "enabled_plugins"),
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(folder, "rabbitmq.conf"),
        };

        // The node would otherwise start (or join) the machine's shared epmd on its default port; one
        // of our own, started here in the foreground, is found by the node on its port and is ours to end.
        var epmd = Process.Start(Configure(new ProcessStartInfo("epmd"), environment))!;
        var node = new RabbitMqNode(folder, port, environment, epmd);
        try
        {
            await node.RunAsync(ServerScript, "-detached");
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
            while (!await node.IsListeningAsync())
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"RabbitMQ did not listen on {port}. Logs in {folder}/log.");
                }

                await Task.Delay(200);
            }

            await node.RunAsync(ControlScript, "await_startup");
            return node;
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static ProcessStartInfo Configure(ProcessStartInfo start, Dictionary<string, string> environment)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }

    private async Task<bool> IsListeningAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private async Task RunAsync(string script, params string[] args)
    {
        var start = Configure(new ProcessStartInfo(script), _environment);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(script)} {string.Join(' ', args)} failed ({process.ExitCode}): {await output} {await error}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunAsync(ControlScript, "stop", _environment["RABBITMQ_PID_FILE"]);
        }
        catch (InvalidOperationException exception)
        {
            Console.Error.WriteLine($"stopping the benchmark's RabbitMQ node: {exception.Message}");
        }

        if (!_epmd.HasExited)
        {
            _epmd.Kill();
            await _epmd.WaitForExitAsync();
        }

        _epmd.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException exception)
        {
            Console.Error.WriteLine($"the node's folder {_folder} stays: {exception.Message}");
        }
    }
}
