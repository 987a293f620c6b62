using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Suite.ServiceDefaults;

public static class GrpcClientExtensions
{
    /// <summary>
    /// A gRPC client for another service of the suite, addressed by name through service discovery
    /// (the <c>grpc</c> endpoint: configuration key <c>services:{service}:grpc:0</c>, which Aspire injects),
    /// carrying the caller's token, with the standard resilience pipeline of every HTTP client.
    /// </summary>
    public static IHttpClientBuilder AddSuiteGrpcClient<TClient>(this IServiceCollection services, string serviceName)
        where TClient : ClientBase
    {
        services.AddHttpContextAccessor();
        services.TryAddTransient<ForwardAuthorizationHandler>();

        // Several modules of one process may ask for the same client (the embedded host runs all four);
        // registering it twice would forward the token and correlation id twice.
        if (services.Any(descriptor => descriptor.ServiceType == typeof(SuiteGrpcClient<TClient>)))
        {
            return services.AddHttpClient(typeof(TClient).Name);
        }

        services.AddSingleton<SuiteGrpcClient<TClient>>();
        return services
            .AddGrpcClient<TClient>(options => options.Address = new Uri($"http://_grpc.{serviceName}"))
            .AddHttpMessageHandler<ForwardAuthorizationHandler>();
    }
}

/// <summary>Marks a gRPC client type as registered by <see cref="GrpcClientExtensions.AddSuiteGrpcClient{TClient}"/>.</summary>
internal sealed class SuiteGrpcClient<TClient>;
