using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using RabbitMQ.Client;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;

namespace Suite.SystemTests;

/// <summary>
/// Two instances of each service on one database and one broker: two outbox relays (Scheduling, Complaints)
/// publish each committed event once, counted in an audit queue bound to the event's exchange, and two
/// competing consumers (Training, Quality) apply each event once, counted in their databases.
/// </summary>
[Trait("Category", "Reliability")]
public sealed class ReplicaTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Hires = 1000;
    private const int Complaints = 200;

    private DistributedSuite? _suite;

    public async ValueTask InitializeAsync()
    {
        if (!RabbitMqNode.IsInstalled)
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "rabbitmq-server must be installed in CI.");
            Assert.Skip("rabbitmq-server is not installed (sudo apt-get install rabbitmq-server).");
        }

        _suite = await DistributedSuite.StartAsync();
        try
        {
            foreach (var service in new[] { "scheduling", "training", "quality", "complaints" })
            {
                await _suite.StartReplicaAsync(service, service + "-2");
            }
        }
        catch (Exception)
        {
            // xUnit does not dispose a test whose initialisation failed: stop the processes and the broker here.
            await _suite.DisposeAsync();
            _suite = null;
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_suite is not null)
        {
            await _suite.DisposeAsync();
        }
    }

    [Fact]
    public async Task Two_relays_publish_each_event_once_and_two_consumers_apply_it_once()
    {
        var suite = _suite!;
        var factory = new ConnectionFactory { Uri = new Uri(suite.Broker.AmqpUri) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await AuditAsync(channel, "Suite.Contracts.Events:AgentHired", "audit-agent-hired");
        await AuditAsync(channel, "Suite.Contracts.Events:ComplaintFiled", "audit-complaint-filed");

        using var client = new HttpClient { BaseAddress = suite.Gateway, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            TestTokens.For(TestTokens.TenantA, SuiteRoles.Supervisor));
        var agentIds = new Guid[Hires];
        await Parallel.ForEachAsync(Enumerable.Range(0, Hires), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, cancellationToken) =>
        {
            using var hire = await client.PostAsJsonAsync("/api/scheduling/agents", new
            {
                employeeNumber = $"REPL-{i:D5}", displayName = $"Agent {i}", team = "Sale peak", level = "customer-service",
                skills = new[] { "after-sales" }, hiredOn = "2026-11-02",
            }, SuiteJson.Options, cancellationToken);
            Assert.True(hire.StatusCode == HttpStatusCode.Created, await hire.Content.ReadAsStringAsync(cancellationToken));
            agentIds[i] = (await hire.Content.ReadFromJsonAsync<JsonElement>(SuiteJson.Options, cancellationToken)).GetProperty("id").GetGuid();
        });
        await Parallel.ForEachAsync(Enumerable.Range(0, Complaints), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, cancellationToken) =>
        {
            using var complaint = await client.PostAsJsonAsync("/api/complaints/complaints", new
            {
                agentId = agentIds[i], channel = "chat", platform = "tmall", storeCode = "TM-FLAGSHIP", customerReference = $"buyer-{i}",
                category = "service-attitude", description = "The agent closed the chat while the buyer was still asking.",
            }, SuiteJson.Options, cancellationToken);
            Assert.True(complaint.StatusCode == HttpStatusCode.Created, await complaint.Content.ReadAsStringAsync(cancellationToken));
        });

        var training = suite.DatabaseOf("training");
        var quality = suite.DatabaseOf("quality");
        await Eventually.True(() => Task.FromResult(
                Count(training, "SELECT COUNT(*) FROM Enrolments") >= Hires
                && Count(quality, "SELECT COUNT(*) FROM AppraisalLedgerEntries") >= Complaints
                && Count(suite.DatabaseOf("scheduling"), "SELECT COUNT(*) FROM OutboxMessages WHERE PublishedAt IS NULL") == 0
                && Count(suite.DatabaseOf("complaints"), "SELECT COUNT(*) FROM OutboxMessages WHERE PublishedAt IS NULL") == 0),
            TimeSpan.FromMinutes(4), "every event to be published and applied");

        var hiresPublished = (await channel.QueueDeclarePassiveAsync("audit-agent-hired")).MessageCount;
        var complaintsPublished = (await channel.QueueDeclarePassiveAsync("audit-complaint-filed")).MessageCount;
        var enrolments = Count(training, "SELECT COUNT(*) FROM Enrolments");
        var trainingInbox = Count(training, "SELECT COUNT(*) FROM InboxMessages WHERE Consumer = 'EnrolInOnboardingWhenAgentHired'");
        var ledger = Count(quality, "SELECT COUNT(*) FROM AppraisalLedgerEntries");
        var qualityInbox = Count(quality, "SELECT COUNT(*) FROM InboxMessages WHERE Consumer = 'RecordComplaintOnLedgerWhenComplaintFiled'");
        output.WriteLine($"AgentHired: {Hires} committed, {hiresPublished} published by 2 Scheduling relays, {enrolments} enrolments " +
            $"({trainingInbox} inbox rows) by 2 Training instances");
        output.WriteLine($"ComplaintFiled: {Complaints} committed, {complaintsPublished} published by 2 Complaints relays, {ledger} ledger entries " +
            $"({qualityInbox} inbox rows) by 2 Quality instances");

        Assert.Equal((uint)Hires, hiresPublished);
        Assert.Equal((uint)Complaints, complaintsPublished);
        Assert.Equal(Hires, enrolments);
        Assert.Equal(Hires, trainingInbox);
        Assert.Equal(Complaints, ledger);
        Assert.Equal(Complaints, qualityInbox);
    }

    /// <summary>A queue nobody consumes, bound to an event's exchange: it keeps one copy of every publication.</summary>
    private static async Task AuditAsync(IChannel channel, string exchange, string queue)
    {
        await channel.ExchangeDeclarePassiveAsync(exchange);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        await channel.QueueBindAsync(queue, exchange, routingKey: "");
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
