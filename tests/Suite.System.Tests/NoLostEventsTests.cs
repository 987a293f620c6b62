using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;

namespace Suite.SystemTests;

/// <summary>
/// At least 10,000 AgentHired events cross from Scheduling to Training over RabbitMQ while, in the same
/// stream, the broker is stopped and started again and, later, Training is killed with SIGKILL and
/// restarted. Afterwards Training has applied every committed hire exactly once, counted in its database.
/// </summary>
[Trait("Category", "Reliability")]
public sealed class NoLostEventsTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly int Hires = int.TryParse(Environment.GetEnvironmentVariable("SUITE_RELIABILITY_EVENTS"), out var hires) ? hires : 10_000;

    private DistributedSuite? _suite;

    public async ValueTask InitializeAsync()
    {
        if (!RabbitMqNode.IsInstalled)
        {
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
    public async Task Every_committed_hire_is_enrolled_once_across_a_broker_restart_and_a_killed_consumer()
    {
        var suite = _suite!;
        using var client = new HttpClient { BaseAddress = suite.Gateway, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            TestTokens.For(TestTokens.TenantA, SuiteRoles.Supervisor));
        var clock = Stopwatch.StartNew();
        var sent = 0;
        var committed = 0;
        var refusals = new List<string>();
        Task brokerRestart = Task.CompletedTask, consumerKill = Task.CompletedTask;
        TimeSpan brokerDown = default, consumerDown = default;

        await Parallel.ForEachAsync(Enumerable.Range(0, Hires), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, cancellationToken) =>
        {
            using var response = await client.PostAsJsonAsync("/api/scheduling/agents", new
            {
                employeeNumber = $"LOAD-{i:D6}",
                displayName = $"Agent {i}",
                team = "Sale peak",
                level = "customer-service",
                skills = new[] { "after-sales" },
                hiredOn = "2026-11-02",
            }, SuiteJson.Options, cancellationToken);
            if (response.StatusCode == HttpStatusCode.Created)
            {
                Interlocked.Increment(ref committed);
            }
            else
            {
                var refusal = $"{i}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}";
                lock (refusals)
                {
                    refusals.Add(refusal);
                }
            }

            var done = Interlocked.Increment(ref sent);
            if (done == Hires / 4)
            {
                brokerRestart = Task.Run(async () =>
                {
                    var down = Stopwatch.StartNew();
                    await suite.Broker.StopServerAsync();
                    await Task.Delay(TimeSpan.FromSeconds(2));
                    await suite.Broker.StartServerAsync();
                    brokerDown = down.Elapsed;
                });
            }
            else if (done == Hires * 2 / 3)
            {
                consumerKill = Task.Run(async () =>
                {
                    var down = Stopwatch.StartNew();
                    suite.Process("training").Kill();
                    await Task.Delay(TimeSpan.FromSeconds(1));
                    await suite.StartServiceAsync("training");
                    consumerDown = down.Elapsed;
                });
            }
        });
        var producing = clock.Elapsed;
        await Task.WhenAll(brokerRestart, consumerKill);

        var scheduling = suite.DatabaseOf("scheduling");
        var training = suite.DatabaseOf("training");
        await Eventually.True(() => Task.FromResult(Count(training, "SELECT COUNT(*) FROM Enrolments") >= committed),
            TimeSpan.FromMinutes(6), $"Training to enrol all {committed} hires");
        var drained = clock.Elapsed;

        var agents = Count(scheduling, "SELECT COUNT(*) FROM Agents");
        var events = Count(scheduling, "SELECT COUNT(*) FROM OutboxMessages WHERE EventType LIKE '%.AgentHired'");
        var enrolments = Count(training, "SELECT COUNT(*) FROM Enrolments");
        var enrolledAgents = Count(training, "SELECT COUNT(DISTINCT AgentId) FROM Enrolments");
        var applied = Count(training, "SELECT COUNT(*) FROM InboxMessages WHERE Consumer = 'EnrolInOnboardingWhenAgentHired'");
        output.WriteLine($"{Hires} hires sent, {committed} committed in {producing.TotalSeconds:F1} s; broker down and back in " +
            $"{brokerDown.TotalSeconds:F1} s; Training killed and ready again in {consumerDown.TotalSeconds:F1} s; all enrolled after " +
            $"{drained.TotalSeconds:F1} s ({committed / drained.TotalSeconds:F0} events/s end to end)");
        output.WriteLine($"scheduling: {agents} agents, {events} AgentHired events; training: {enrolments} enrolments of {enrolledAgents} agents, {applied} inbox rows");

        Assert.True(refusals.Count == 0, string.Join('\n', refusals.Take(10)));
        Assert.Equal(Hires, committed);
        Assert.Equal(committed, agents);
        Assert.Equal(committed, events);
        Assert.Equal(committed, enrolments);
        Assert.Equal(committed, enrolledAgents);
        Assert.Equal(committed, applied);
    }

    private static long Count(string databaseFile, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly;Pooling=False;Default Timeout=60");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
