using Microsoft.Extensions.Configuration;
using Suite.ServiceDefaults.Auth;

namespace Suite.Standalone;

/// <summary>
/// The configuration of the embedded default, built in code: the processes it hosts must not pick up
/// the appsettings.json files that the referenced services copy into this output folder.
/// </summary>
internal static class StandaloneConfiguration
{
    public static IConfigurationRoot Read(string[] args)
    {
        return new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .Build();
    }

    public static StandaloneOptions Options(IConfiguration configuration)
    {
        var options = new StandaloneOptions();
        configuration.GetSection(StandaloneOptions.SectionName).Bind(options);
        options.DataFolder = Path.GetFullPath(options.DataFolder);
        return options;
    }

    /// <summary>Settings every hosted application shares: development identity, quiet logs.</summary>
    public static Dictionary<string, string?> Common() => new()
    {
        ["Auth:SigningKey"] = SuiteAuthOptions.DevelopmentSigningKey,
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
        ["Logging:LogLevel:Suite"] = "Information",
        ["AllowedHosts"] = "*",
    };

    /// <summary>The four services: their SQLite files, migrations on start, and where to find each other.</summary>
    public static Dictionary<string, string?> Services(StandaloneOptions options)
    {
        var settings = Common();
        settings["Database:Provider"] = "Sqlite";
        settings["Database:MigrateOnStartup"] = "true";
        foreach (var service in ServiceNames)
        {
            settings[$"ConnectionStrings:{service}"] = $"Data Source={Path.Combine(options.DataFolder, service + ".db")}";
            settings[$"services:{service}:http:0"] = $"http://127.0.0.1:{options.ServicesPort}";
            settings[$"services:{service}:grpc:0"] = $"http://127.0.0.1:{options.ServicesGrpcPort}";
        }

        return settings;
    }

    /// <summary>The gateway: every service's REST and gRPC address is the one services process.</summary>
    public static Dictionary<string, string?> Gateway(StandaloneOptions options)
    {
        var settings = Common();
        foreach (var service in ServiceNames)
        {
            settings[$"services:{service}:http:0"] = $"http://127.0.0.1:{options.ServicesPort}";
            settings[$"services:{service}:grpc:0"] = $"http://127.0.0.1:{options.ServicesGrpcPort}";
        }

        return settings;
    }

    public static readonly string[] ServiceNames = ["scheduling", "training", "quality", "complaints"];
}
