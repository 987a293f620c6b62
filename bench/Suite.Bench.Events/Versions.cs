using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using RabbitMQ.Client;

namespace Suite.Bench.Events;

/// <summary>The machine and the versions the figures belong to.</summary>
internal sealed record Versions(string Machine, string Runtime, string RabbitMq, string RabbitMqClient, string MassTransit, string Sqlite)
{
    public static async Task<Versions> ReadAsync(string amqp)
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(amqp) }.CreateConnectionAsync();
        var server = connection.ServerProperties is { } properties && properties.TryGetValue("version", out var version) && version is byte[] bytes
            ? Encoding.UTF8.GetString(bytes)
            : "unknown";
        using var sqlite = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        sqlite.Open();
        return new Versions(
            $"{Environment.ProcessorCount} cores ({CpuModel()})",
            RuntimeInformation.FrameworkDescription,
            server,
            InformationalVersion(typeof(IConnection).Assembly),
            InformationalVersion(typeof(MassTransit.IBus).Assembly),
            sqlite.ServerVersion);
    }

    private static string InformationalVersion(Assembly assembly)
    {
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString() ?? "unknown";
        return version.Split('+')[0];
    }

    private static string CpuModel()
    {
        const string cpuInfo = "/proc/cpuinfo";
        var model = File.Exists(cpuInfo)
            ? File.ReadLines(cpuInfo).FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))
            : null;
        return model?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
    }
}
