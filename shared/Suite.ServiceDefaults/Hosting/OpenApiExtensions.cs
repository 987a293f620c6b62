using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Suite.ServiceDefaults;

public static class OpenApiExtensions
{
    /// <summary>
    /// One OpenAPI document per service, named after it, holding only the endpoints of its group, so
    /// the embedded default (all services in one process) still publishes four separate documents.
    /// </summary>
    public static IServiceCollection AddSuiteOpenApi(this IServiceCollection services, string serviceName, string title, string description)
    {
        services.AddOpenApi(serviceName, options =>
        {
            options.ShouldInclude = endpoint => endpoint.GroupName == serviceName;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo { Title = title, Version = "v1", Description = description };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "JWT",
                    Description = "A token from the identity provider; on the embedded default, from `token`.",
                };
                document.Security ??= [];
                document.Security.Add(new OpenApiSecurityRequirement
                {
                    [new OpenApiSecuritySchemeReference("Bearer", document)] = [],
                });
                return Task.CompletedTask;
            });
        });
        return services;
    }

    /// <summary>Serves /openapi/{service}.json anonymously: API documentation is public, the API is not.</summary>
    public static IEndpointConventionBuilder MapSuiteOpenApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
}
