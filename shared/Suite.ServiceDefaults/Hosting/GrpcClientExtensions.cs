using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

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
        services.AddTransient<ForwardAuthorizationHandler>();
        return services
            .AddGrpcClient<TClient>(options => options.Address = new Uri($"http://_grpc.{serviceName}"))
            .AddHttpMessageHandler<ForwardAuthorizationHandler>();
    }
}
