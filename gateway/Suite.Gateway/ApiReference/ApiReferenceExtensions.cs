using Scalar.AspNetCore;

namespace Suite.Gateway.ApiReference;

internal static class ApiReferenceExtensions
{
    /// <summary>The OpenAPI documents the services publish, which the gateway proxies at /openapi/{name}.json.</summary>
    private static readonly ScalarDocument[] Documents =
    [
        new("scheduling", "Scheduling"),
        new("training", "Training"),
        new("quality", "Quality"),
        new("complaints", "Complaints"),
    ];

    /// <summary>
    /// Scalar at /scalar, one page for all four services' documents, public like the documents themselves.
    /// "Try it" calls go to this gateway (the documents name each service's own address, which callers
    /// outside cannot reach) and carry the bearer token the reader enters.
    /// </summary>
    public static IEndpointConventionBuilder MapSuiteApiReference(this IEndpointRouteBuilder endpoints)
    {
        return endpoints.MapScalarApiReference("/scalar", (options, context) => options
                .WithTitle("Contact-Centre Supervisor Suite API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .AddDocuments(Documents)
                .AddServer($"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}", "This gateway")
                .AddPreferredSecuritySchemes(["Bearer"]))
            .AllowAnonymous();
    }
}
