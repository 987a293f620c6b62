using System.Diagnostics;
using System.Security.Cryptography;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Suite.Contracts.Events;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Data;
using Suite.ServiceDefaults.Messaging;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.Bench.Events;

/// <summary>
/// Two services composed the way the suite's services are (service defaults, a SQLite file database
/// through AddSuiteDbContext, AddSuiteMessagingFor, AddSuiteMessaging over RabbitMQ): "hiring" commits a
/// hire and its AgentHired event in one SaveChanges; its outbox relay publishes it; "onboarding" applies
/// it through an IdempotentConsumer with its inbox row. Fresh database files for every instance.
/// </summary>
internal sealed class SuitePipeline : IAsyncDisposable
{
    public const string Tenant = "bench-tenant";

    private readonly string _folder;
    private readonly IHost _hiring;
    private readonly IHost _onboarding;
    private readonly EventClock _clock;
    private int _sequence;

    private SuitePipeline(string folder, IHost hiring, IHost onboarding, EventClock clock)
    {
        _folder = folder;
        _hiring = hiring;
        _onboarding = onboarding;
        _clock = clock;
    }

    /// <summary>Bytes of the last message the onboarding service received: MassTransit's envelope as it crosses the wire.</summary>
    public int WireBytes => _onboarding.Services.GetRequiredService<WireSize>().Bytes;

    public static async Task<SuitePipeline> StartAsync(string amqp, bool writeAheadLog, bool serialCommits)
    {
        var folder = Path.Combine(Path.GetTempPath(), "suite-bench-events", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var clock = new EventClock();
        var hiring = Build("hiring", folder, amqp, writeAheadLog, builder =>
        {
            builder.Services.AddSingleton(new HiringCommits(serialCommits));
            builder.AddSuiteDbContext<HiringDbContext, HiringDbContext, HiringDbContext>("hiring");
            builder.AddSuiteMessagingFor<HiringDbContext>();
        });
        var onboarding = Build("onboarding", folder, amqp, writeAheadLog, builder =>
        {
            builder.Services.AddSingleton(clock);
            builder.Services.AddSingleton<WireSize>();
            builder.Services.AddReceiveObserver(services => services.GetRequiredService<WireSize>());
            builder.AddSuiteDbContext<OnboardingDbContext, OnboardingDbContext, OnboardingDbContext>("onboarding");
            builder.AddSuiteMessagingFor<OnboardingDbContext>(bus => bus.AddConsumer<EnrolWhenAgentHired>());
        });
        var pipeline = new SuitePipeline(folder, hiring, onboarding, clock);
        try
        {
            await CreateDatabaseAsync<HiringDbContext>(hiring, writeAheadLog);
            await CreateDatabaseAsync<OnboardingDbContext>(onboarding, writeAheadLog);
            await onboarding.StartAsync();
            // The broker drops an event published before any queue is bound to its exchange, so the producer
            // starts only once the consumer's queue and bindings exist: a deployment that has run once keeps
            // them (durable), but a fresh broker in each run has none until the consumer's bus is up.
            var status = await onboarding.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromMinutes(1));
            if (status != BusHealthStatus.Healthy)
            {
                throw new InvalidOperationException($"The onboarding bus is {status} a minute after starting.");
            }

            await hiring.StartAsync();
            return pipeline;
        }
        catch
        {
            await pipeline.DisposeAsync();
            throw;
        }
    }

    private static IHost Build(string service, string folder, string amqp, bool writeAheadLog, Action<HostApplicationBuilder> addModule)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ApplicationName = service,
            EnvironmentName = Environments.Production,
            // Not the database folder: the host watches its content root for configuration changes, and
            // SQLite's journal files would keep that watcher busy on every commit.
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{service}"] = $"Data Source={Path.Combine(folder, service + ".db")}",
            ["ConnectionStrings:messaging"] = amqp,
            ["Database:Provider"] = "Sqlite",
            // Nothing here takes requests; the services still refuse to start without a private key.
            ["Auth:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)),
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddServiceDefaults();
        addModule(builder);
        if (writeAheadLog)
        {
            // One instance for every context: EF builds its internal services once per distinct set of
            // options, and a new interceptor per context would make every context a new set.
            builder.Services.ConfigureDbContext<HiringDbContext>(db => db.AddInterceptors(WriteAheadLog.Instance));
            builder.Services.ConfigureDbContext<OnboardingDbContext>(db => db.AddInterceptors(WriteAheadLog.Instance));
        }

        builder.AddSuiteMessaging();
        return builder.Build();
    }

    /// <summary>
    /// Creates the service's tables. With --wal the file is switched to SQLite's write-ahead log (a
    /// setting the file keeps), to measure what that journal would change; the embedded default does
    /// not switch it.
    /// </summary>
    private static async Task CreateDatabaseAsync<TContext>(IHost host, bool writeAheadLog) where TContext : SuiteDbContext
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await db.Database.EnsureCreatedAsync();
        if (writeAheadLog)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
    }

    /// <summary>Commits events as fast as concurrent requests (writers) can and waits for every effect.</summary>
    public async Task<PhaseResult> MaxThroughputAsync(int events, int writers)
    {
        _clock.Clear();
        var start = Stopwatch.GetTimestamp();
        await OpenLoop.RunFlatOutAsync(events, writers, _ => CommitHireAsync());
        return await SettleAsync(events, start);
    }

    /// <summary>Commits events at a fixed offered rate and waits for every effect.</summary>
    public async Task<PhaseResult> FixedRateAsync(int events, int perSecond)
    {
        _clock.Clear();
        var start = Stopwatch.GetTimestamp();
        await OpenLoop.RunAsync(events, perSecond, maxInFlight: 256, _ => CommitHireAsync());
        return await SettleAsync(events, start);
    }

    /// <summary>One request's work in the producing service: a hire and its event in one transaction.</summary>
    private async Task CommitHireAsync()
    {
        var number = Interlocked.Increment(ref _sequence);
        await using var scope = _hiring.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant);
        var db = scope.ServiceProvider.GetRequiredService<HiringDbContext>();
        var now = DateTimeOffset.UtcNow;
        var hire = new Hire { Id = Guid.CreateVersion7(now), EmployeeNumber = $"E-{number:D7}", DisplayName = $"Agent {number}" };
        var hired = new AgentHired(Guid.CreateVersion7(now), Tenant, now, hire.Id, hire.EmployeeNumber, hire.DisplayName,
            "Team 7", "customer-service", ["after-sales", "pre-sales"], DateOnly.FromDateTime(now.UtcDateTime));
        db.Hires.Add(hire);
        db.AddEvent(hired);
        await db.SaveChangesAsync();
        _clock.Committed(hired.EventId, Stopwatch.GetTimestamp());
    }

    private async Task<PhaseResult> SettleAsync(int events, long start)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (_clock.AppliedCount < events)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"Only {_clock.AppliedCount} of {events} effects were applied within two minutes.");
            }

            await Task.Delay(20);
        }

        await VerifyDatabasesAsync();
        return _clock.Result(start);
    }

    /// <summary>
    /// What the databases hold must agree with what was sent: every outbox row published, one enrolment
    /// and one inbox row per event, over every phase this instance ran.
    /// </summary>
    private async Task VerifyDatabasesAsync()
    {
        await using var hiringScope = _hiring.Services.CreateAsyncScope();
        hiringScope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant);
        var hiring = hiringScope.ServiceProvider.GetRequiredService<HiringDbContext>();
        await using var onboardingScope = _onboarding.Services.CreateAsyncScope();
        onboardingScope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant);
        var onboarding = onboardingScope.ServiceProvider.GetRequiredService<OnboardingDbContext>();

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (await hiring.OutboxMessages.CountAsync(message => message.PublishedAt == null) > 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException("Outbox rows stayed unpublished although their effects were applied.");
            }

            await Task.Delay(20);
        }

        var hires = await hiring.Hires.CountAsync();
        var outbox = await hiring.OutboxMessages.CountAsync();
        var enrolments = await onboarding.Enrolments.CountAsync();
        var distinctEnrolments = await onboarding.Enrolments.Select(enrolment => enrolment.SourceEventId).Distinct().CountAsync();
        var inbox = await onboarding.InboxMessages.CountAsync();
        if (new[] { outbox, enrolments, distinctEnrolments, inbox }.Any(count => count != hires))
        {
            throw new InvalidOperationException(
                $"{hires} hires, {outbox} outbox rows, {enrolments} enrolments ({distinctEnrolments} distinct events), {inbox} inbox rows.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _hiring.StopAsync();
        await _onboarding.StopAsync();
        _hiring.Dispose();
        _onboarding.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
