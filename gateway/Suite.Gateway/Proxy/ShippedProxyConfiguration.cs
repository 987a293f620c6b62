using Microsoft.Extensions.Configuration.Memory;

namespace Suite.Gateway.Proxy;

/// <summary>
/// The suite's routes and clusters live in this project's appsettings.json ("ReverseProxy"), which is also
/// compiled into the assembly. A host that builds its configuration in code (the embedded default does, because
/// the appsettings.json files of its referenced projects collide in its output folder) gets them from there:
/// otherwise the gateway would start without routes and answer 404 to every API call.
/// </summary>
internal static class ShippedProxyConfiguration
{
    public const string SectionName = "ReverseProxy";

    private const string ResourceName = "Suite.Gateway.appsettings.json";

    public static IHostApplicationBuilder AddShippedProxyConfigurationUnlessConfigured(this IHostApplicationBuilder builder)
    {
        if (builder.Configuration.GetSection($"{SectionName}:Routes").Exists())
        {
            return builder;
        }

        using var stream = typeof(ShippedProxyConfiguration).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in the gateway assembly.");
        var shipped = new ConfigurationBuilder().AddJsonStream(stream).Build();
        var proxySettings = shipped.GetSection(SectionName).AsEnumerable()
            .Where(setting => setting.Value is not null)
            .ToList();

        // Lowest precedence: the host's environment variables and command line still override single values.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = proxySettings });
        return builder;
    }
}
