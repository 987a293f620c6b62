using System.Diagnostics;
using System.Net.Sockets;

namespace Suite.SystemTests;

/// <summary>
/// A private RabbitMQ node (the Debian package's server), loopback only, with its own folders and
/// ports, so the distributed tests never touch a broker someone else uses.
/// </summary>
internal sealed class RabbitMqNode : IAsyncDisposable
{
    private const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    private const string ControlScript = "/usr/lib/rabbitmq/bin/rabbitmqctl";

    private readonly string _folder;
    private readonly Dictionary<string, string> _environment;

    public int Port { get; }

    public string AmqpUri => $"amqp://guest:guest@127.0.0.1:{Port}/";

    public static bool IsInstalled => File.Exists(ServerScript);

    private RabbitMqNode(string folder, int port, Dictionary<string, string> environment)
    {
        _folder = folder;
        Port = port;
        _environment = environment;
    }

    public static async Task<RabbitMqNode> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "suite-rabbitmq", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var port = FreePort.Next();
        var distributionPort = FreePort.Next();
        var nodeName = $"suite{port}@localhost";
        await File.WriteAllTextAsync(Path.Combine(folder, "enabled_plugins"), "[].");
        await File.WriteAllTextAsync(Path.Combine(folder, "rabbitmq.conf"),
            $"listeners.tcp.default = 127.0.0.1:{port}\nloopback_users.guest = true\n");
        var environment = new Dictionary<string, string>
        {
            ["HOME"] = folder,
            ["RABBITMQ_NODENAME"] = nodeName,
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = port.ToString(),
            ["RABBITMQ_DIST_PORT"] = distributionPort.ToString(),
            ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(folder, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(folder, "log"),
            ["RABBITMQ_PID_FILE"] = Path.Combine(folder, "rabbit.pid"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(folder, "enabled_plugins"),
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(folder, "rabbitmq.conf"),
        };
        var node = new RabbitMqNode(folder, port, environment);
        await node.StartServerAsync();
        return node;
    }

    /// <summary>Starts (or restarts) the broker on the same port and folders, so durable queues survive.</summary>
    public async Task StartServerAsync()
    {
        await RunAsync(ServerScript, "-detached");
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!await IsListeningAsync())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"RabbitMQ did not listen on {Port}. Logs in {_folder}/log.");
            }

            await Task.Delay(200);
        }

        await RunAsync(ControlScript, "await_startup");
    }

    public async Task StopServerAsync() =>
        await RunAsync(ControlScript, "stop", _environment["RABBITMQ_PID_FILE"]);

    private async Task<bool> IsListeningAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private async Task RunAsync(string script, params string[] args)
    {
        var start = new ProcessStartInfo(script)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(script)} {string.Join(' ', args)} failed ({process.ExitCode}): {await output} {await error}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopServerAsync();
        }
        catch (InvalidOperationException)
        {
            // Already stopped by the test.
        }

        // The node leaves an epmd daemon behind; it is ours only if it serves our loopback address,
        // and it exits by itself once no node is registered, so it is asked to stop politely.
        try
        {
            using var epmd = Process.Start(new ProcessStartInfo("epmd", "-kill")
            {
                UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true,
                Environment = { ["ERL_EPMD_ADDRESS"] = "127.0.0.1" },
            });
            epmd?.WaitForExit(5000);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // epmd is not on PATH: nothing to stop.
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
