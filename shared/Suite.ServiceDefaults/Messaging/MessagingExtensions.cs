using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Suite.ServiceDefaults.Data;
using Suite.ServiceDefaults.Messaging.DeadLetters;

namespace Suite.ServiceDefaults.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// Adds the outbox relay of one DbContext and lets a module register its consumers. Modules call
    /// this; the host calls <see cref="AddSuiteMessaging"/> once, after every module, so that several
    /// modules can share one bus (the embedded default hosts all four services in one process).
    /// Messages its consumers give up on are kept in a dead-letter table of the same database
    /// (<see cref="DeadLetterEndpoints.MapSuiteDeadLetters{TContext}"/> shows and replays them).
    /// </summary>
    public static IHostApplicationBuilder AddSuiteMessagingFor<TContext>(
        this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator>? registerConsumers = null)
        where TContext : SuiteDbContext
    {
        builder.Services.AddHostedService<OutboxRelay<TContext>>();
        builder.Services.TryAddSingleton<SqliteWriteGate<TContext>>();
        if (registerConsumers is not null)
        {
            builder.Services.AddSingleton(new ConsumerRegistration(registerConsumers));
        }

        builder.Services.TryAddSingleton<DeadLetterDatabases>();
        builder.Services.TryAddSingleton<DeadLetterMetrics>();
        builder.Services.AddSingleton(new DeadLetterSource(typeof(TContext)));
        builder.Services.AddScoped<DeadLetterAdmin<TContext>>();
        if (builder.Configuration.GetValue<bool>($"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.MigrateOnStartup)}"))
        {
            builder.Services.AddHostedService<MigrateDeadLettersOnStartup<TContext>>();
        }

        return builder;
    }

    /// <summary>
    /// MassTransit over RabbitMQ when ConnectionStrings:messaging is set, in memory otherwise. Failing
    /// consumers are retried with back-off, then their message goes to the endpoint's error queue and
    /// to the dead-letter table of the consumer's service.
    /// </summary>
    public static IHostApplicationBuilder AddSuiteMessaging(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MessagingOptions>().BindConfiguration(MessagingOptions.SectionName);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<DeadLetterRouting>();
        builder.Services.AddReceiveObserver<DeadLetterRecorder>();
        var registrations = builder.Services
            .Where(descriptor => descriptor.ServiceType == typeof(ConsumerRegistration))
            .Select(descriptor => (ConsumerRegistration)descriptor.ImplementationInstance!)
            .ToList();
        var rabbitMq = builder.Configuration.GetConnectionString("messaging");
        var settings = builder.Configuration.GetSection(MessagingOptions.SectionName).Get<MessagingOptions>() ?? new MessagingOptions();

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            foreach (var registration in registrations)
            {
                registration.Register(bus);
            }

            bus.AddConfigureEndpointsCallback((_, _, endpoint) =>
            {
                if (settings.ConsumerPrefetchCount is { } prefetch)
                {
                    endpoint.PrefetchCount = prefetch;
                }

                if (settings.ConsumerConcurrentMessageLimit is { } limit)
                {
                    endpoint.ConcurrentMessageLimit = limit;
                }

                endpoint.UseMessageRetry(retry => retry.Exponential(
                    settings.ConsumerRetryLimit, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(200)));
            });

            if (string.IsNullOrWhiteSpace(rabbitMq))
            {
                bus.UsingInMemory((context, transport) => transport.ConfigureEndpoints(context));
            }
            else
            {
                bus.UsingRabbitMq((context, transport) =>
                {
                    transport.Host(new Uri(rabbitMq));
                    transport.ConfigureEndpoints(context);
                });
            }
        });
        return builder;
    }

    internal sealed record ConsumerRegistration(Action<IBusRegistrationConfigurator> Register);
}
