using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Suite.Complaints;
using Suite.Gateway;
using Suite.Quality;
using Suite.Scheduling;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Messaging;
using Suite.Training;

namespace Suite.Standalone;

/// <summary>
/// Builds the two applications of the embedded default with the same modules the distributed
/// processes use: one application holding the four services (so they share the in-memory bus),
/// and the gateway in front of it. gRPC between services still crosses loopback.
/// </summary>
internal static class HostedApplications
{
    public static WebApplication BuildServices(StandaloneOptions options, string[] args)
    {
        var builder = CreateBuilder(args, StandaloneConfiguration.Services(options));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.ServicesPort, listen => listen.Protocols = HttpProtocols.Http1);
            kestrel.Listen(IPAddress.Loopback, options.ServicesGrpcPort, listen => listen.Protocols = HttpProtocols.Http2);
        });

        builder.AddServiceDefaults();
        builder.AddSchedulingModule();
        builder.AddTrainingModule();
        builder.AddQualityModule();
        builder.AddComplaintsModule();
        builder.AddSuiteMessaging();

        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapDefaultEndpoints();
        app.MapSuiteOpenApi();
        app.MapSchedulingModule();
        app.MapTrainingModule();
        app.MapQualityModule();
        app.MapComplaintsModule();
        app.MapSuiteDeadLetters<Suite.Scheduling.Data.SchedulingDbContext>(SchedulingModule.Name);
        app.MapSuiteDeadLetters<Suite.Training.Data.TrainingDbContext>(TrainingModule.Name);
        app.MapSuiteDeadLetters<Suite.Quality.Data.QualityDbContext>(QualityModule.Name);
        app.MapSuiteDeadLetters<Suite.Complaints.Data.ComplaintsDbContext>(ComplaintsModule.Name);
        return app;
    }

    public static WebApplication BuildGateway(StandaloneOptions options, DemoIdentities identities, string[] args)
    {
        var builder = CreateBuilder(args, StandaloneConfiguration.Gateway(options));
        var address = options.ListenOnAllInterfaces ? IPAddress.Any : IPAddress.Loopback;
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(address, options.GatewayPort, listen => listen.Protocols = HttpProtocols.Http1);
            kestrel.Listen(address, options.GatewayGrpcPort, listen => listen.Protocols = HttpProtocols.Http2);
        });

        builder.AddServiceDefaults();
        builder.AddGatewayModule();

        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapDefaultEndpoints();
        app.MapGatewayModule();

        // The console's sign-in page lists these; only this evaluation host hands out tokens, and only
        // for its demo tenant.
        if (options.SeedDemoTenant)
        {
            app.MapGet("/console/demo-identities", () => TypedResults.Ok(identities.Current)).AllowAnonymous().ExcludeFromDescription();
        }

        return app;
    }

    private static WebApplicationBuilder CreateBuilder(string[] args, Dictionary<string, string?> settings)
    {
        // The embedded default is a development and evaluation host: it signs its own demo tokens
        // with the public development key, which only the Development environment accepts.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            EnvironmentName = Environments.Development,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddCommandLine(args);
        return builder;
    }
}
