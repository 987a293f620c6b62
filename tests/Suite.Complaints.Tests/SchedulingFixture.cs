using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Suite.Complaints.Data;
using Suite.Complaints.Grpc;
using Suite.Contracts.Scheduling.V1;
using Suite.Scheduling;
using Suite.Scheduling.Api;
using Suite.Scheduling.Grpc;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;

namespace Suite.Complaints.Tests;

/// <summary>
/// A real Scheduling in memory, shared by the tests of one class, and Complaints hosts whose gRPC
/// client reaches it: the same call path as in production, with the test server in place of the network.
/// </summary>
public sealed class SchedulingFixture : IAsyncLifetime
{
    /// <summary>Where service discovery looks for Scheduling's gRPC endpoint (what Aspire injects).</summary>
    private const string SchedulingGrpcAddressKey = "services:scheduling:grpc:0";

    /// <summary>Grpc.Net.ClientFactory names a client's HttpClient after the client type's short name.</summary>
    private const string SchedulingClientName = nameof(SchedulingService.SchedulingServiceClient);

    private int _hired;

    public ServiceFactory<SchedulingGrpcService> Scheduling { get; } = new(SchedulingModule.Name);

    public ValueTask InitializeAsync()
    {
        // Started here, once, so every Complaints host of the class can be pointed at its address.
        _ = Scheduling.Server;
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await Scheduling.DisposeAsync();

    /// <summary>Hires an agent through Scheduling's REST API, as a supervisor of <paramref name="tenant"/>.</summary>
    public async Task<Guid> HireAgentAsync(string tenant)
    {
        var number = Interlocked.Increment(ref _hired);
        var response = await Scheduling.ClientFor(tenant, SuiteRoles.Supervisor).PostAsJsonAsync("/api/scheduling/agents", new
        {
            employeeNumber = $"CS-{number:D4}",
            displayName = $"Agent {number}",
            team = "Tmall after-sales",
            level = "customer-service",
            skills = new[] { "after-sales" },
            hiredOn = "2026-11-02",
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var agent = await response.Content.ReadFromJsonAsync<AgentResponse>(SuiteJson.Options);
        return agent!.Id;
    }

    /// <summary>A Complaints host that asks this in-memory Scheduling about agents.</summary>
    public ServiceFactory<ComplaintsGrpcService> Complaints(Action<IServiceCollection>? configure = null) =>
        new ServiceFactory<ComplaintsGrpcService>(ComplaintsModule.Name, new Dictionary<string, string?>
            {
                [SchedulingGrpcAddressKey] = Scheduling.Server.BaseAddress.ToString(),
            })
            .WithServices(services =>
            {
                services.AddHttpClient(SchedulingClientName).ConfigurePrimaryHttpMessageHandler(() => Scheduling.Server.CreateHandler());
                configure?.Invoke(services);
            });

    /// <summary>A Complaints host whose Scheduling address is a port nothing listens on.</summary>
    public static ServiceFactory<ComplaintsGrpcService> ComplaintsWithoutScheduling() =>
        new(ComplaintsModule.Name, new Dictionary<string, string?> { [SchedulingGrpcAddressKey] = ClosedPort().ToString() });

    /// <summary>A Complaints host whose Scheduling client is <paramref name="fake"/>.</summary>
    public static ServiceFactory<ComplaintsGrpcService> ComplaintsWith(FakeSchedulingClient fake, Action<IServiceCollection>? configure = null) =>
        new ServiceFactory<ComplaintsGrpcService>(ComplaintsModule.Name)
            .WithServices(services =>
            {
                services.AddSingleton<SchedulingService.SchedulingServiceClient>(fake);
                configure?.Invoke(services);
            });

    /// <summary>Counts every tenant's rows, so a write under the wrong tenant could not hide from the count.</summary>
    public static async Task<(int Complaints, int Events)> CountRowsAsync(ServiceFactory<ComplaintsGrpcService> complaints)
    {
        await using var scope = complaints.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ComplaintsDbContext>();
        return (await db.Complaints.IgnoreQueryFilters().CountAsync(), await db.OutboxMessages.CountAsync());
    }

    private static Uri ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}");
    }
}
