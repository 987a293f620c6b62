using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Suite.Contracts.Events;
using Suite.ServiceDefaults.Auth;
using Suite.ServiceDefaults.Data;
using Suite.ServiceDefaults.Messaging;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.ServiceDefaults.Tests;

/// <summary>
/// A "widgets" service composed the way the suite's services are (service defaults, a DbContext with
/// migrations on start, messaging, the dead-letter endpoints) whose consumer fails on the employee numbers
/// in <see cref="PoisonedEmployeeNumbers"/>, until a test takes the cause away.
/// </summary>
internal static class PoisonWidgetHost
{
    public const string Service = "widgets";

    public static WebApplication Build(string databaseFile, PoisonedEmployeeNumbers poisoned)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{Service}"] = $"Data Source={databaseFile};Pooling=False",
            ["Database:Provider"] = "Sqlite",
            ["Database:MigrateOnStartup"] = "true",
            ["Auth:SigningKey"] = SuiteAuthOptions.DevelopmentSigningKey,
            ["Messaging:ConsumerRetryLimit"] = "2",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddServiceDefaults();
        builder.Services.AddSingleton(poisoned);
        builder.AddSuiteDbContext<WidgetDbContext, WidgetDbContext, WidgetDbContext>(Service);
        builder.AddSuiteMessagingFor<WidgetDbContext>(bus => bus.AddConsumer<MakeWidgetUnlessPoisoned>());
        builder.AddSuiteMessaging();

        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapSuiteDeadLetters<WidgetDbContext>(Service);
        return app;
    }
}

/// <summary>The cause of the failure, which a test removes to show that a replay then succeeds.</summary>
public sealed class PoisonedEmployeeNumbers
{
    private readonly ConcurrentDictionary<string, byte> _numbers = new();
    private int _failures;

    /// <summary>How many deliveries the consumer refused: the bounded retries, visible.</summary>
    public int Failures => _failures;

    public void Poison(string employeeNumber) => _numbers[employeeNumber] = 0;

    public void Cure() => _numbers.Clear();

    public void ThrowIfPoisoned(string employeeNumber)
    {
        if (_numbers.ContainsKey(employeeNumber))
        {
            Interlocked.Increment(ref _failures);
            throw new InvalidOperationException($"Employee number {employeeNumber} cannot be made into a widget.");
        }
    }
}

public sealed class MakeWidgetUnlessPoisoned(WidgetDbContext db, TenantContext tenant, TimeProvider clock, PoisonedEmployeeNumbers poisoned)
    : IdempotentConsumer<AgentHired, WidgetDbContext>(db, tenant, clock)
{
    protected override Task ApplyAsync(AgentHired message, CancellationToken cancellationToken)
    {
        poisoned.ThrowIfPoisoned(message.EmployeeNumber);
        Db.Widgets.Add(new Widget { Name = message.EmployeeNumber, SourceEventId = message.EventId });
        return Task.CompletedTask;
    }
}
