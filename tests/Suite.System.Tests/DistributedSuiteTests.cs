using System.Net;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;

namespace Suite.SystemTests;

/// <summary>The same loop as on the embedded host, crossing process boundaries over RabbitMQ and gRPC.</summary>
public sealed class DistributedSuiteTests(ITestOutputHelper output) : IAsyncLifetime
{
    private DistributedSuite? _suite;

    public async ValueTask InitializeAsync()
    {
        if (!RabbitMqNode.IsInstalled)
        {
            // Outside CI a developer may not have the broker; CI installs it and must run this test.
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "rabbitmq-server must be installed in CI.");
            Assert.Skip("rabbitmq-server is not installed (sudo apt-get install rabbitmq-server).");
        }

        _suite = await DistributedSuite.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_suite is not null)
        {
            await _suite.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_loop_closes_across_processes_over_RabbitMQ_and_gRPC()
    {
        var loop = new ClosedLoop(_suite!.Gateway, TestTokens.For(TestTokens.TenantA, SuiteRoles.Supervisor));

        var timings = await loop.RunAsync("DIST-001", TimeSpan.FromSeconds(60));
        var unknownAgent = await loop.FileAgainstUnknownAgentAsync();

        output.WriteLine($"hire -> enrolment visible: {timings.HireToEnrolment.TotalMilliseconds:F0} ms; complaint -> ledger visible: {timings.ComplaintToLedger.TotalMilliseconds:F0} ms");
        Assert.True(unknownAgent.StatusCode is >= HttpStatusCode.BadRequest and < HttpStatusCode.InternalServerError,
            $"unknown agent gave {(int)unknownAgent.StatusCode}");
    }

    [Fact]
    public async Task Events_committed_while_the_consumer_is_down_arrive_when_it_returns()
    {
        var loop = new ClosedLoop(_suite!.Gateway, TestTokens.For(TestTokens.TenantA, SuiteRoles.Supervisor));
        _suite.Process("training").Kill();

        // Hiring commits AgentHired to Scheduling's outbox; the relay publishes it to Training's
        // durable queue, where it waits until Training is back.
        var loopTask = loop.RunAsync("DIST-002", TimeSpan.FromSeconds(90));
        await Task.Delay(TimeSpan.FromSeconds(2));
        await _suite.StartServiceAsync("training");
        var timings = await loopTask;

        output.WriteLine($"enrolment visible {timings.HireToEnrolment.TotalMilliseconds:F0} ms after hire (Training was down for part of it)");
    }
}
