using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Suite.AppHost;

/// <summary>
/// Readiness of the SQL Server container without a SQL client in the AppHost (the client's package graph does not
/// restore from this environment's package mirror): the server must answer a TDS PRELOGIN message.
/// </summary>
/// <remarks>
/// The endpoint is behind the orchestrator's proxy, which accepts TCP connections before SQL Server listens, so an
/// open port proves nothing; a TDS reply does. Socket errors surface as an unhealthy result with the exception.
/// </remarks>
internal static class SqlServerReadiness
{
    private const byte TabularResult = 0x04;

    // MS-TDS 2.2.6.5: an 8-byte header (PRELOGIN, end of message, 26 bytes in all), the option table
    // (VERSION at offset 11 for 6 bytes, ENCRYPTION at offset 17 for 1 byte, terminator), then the option data.
    private static readonly byte[] PreLogin =
    [
        0x12, 0x01, 0x00, 0x1A, 0x00, 0x00, 0x01, 0x00,
        0x00, 0x00, 0x0B, 0x00, 0x06,
        0x01, 0x00, 0x11, 0x00, 0x01,
        0xFF,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x02,
    ];

    public static async Task<HealthCheckResult> CheckAsync(EndpointReference endpoint, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(endpoint.Host, endpoint.Port, cancellationToken);
        var stream = client.GetStream();
        await stream.WriteAsync(PreLogin, cancellationToken);

        var reply = new byte[1];
        var read = await stream.ReadAsync(reply, cancellationToken);
        return read == 1 && reply[0] == TabularResult
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("SQL Server did not answer the TDS pre-login yet.");
    }
}
