using System.Text.Json;

namespace Suite.SystemTests.Fuzzing;

/// <summary>One operation of a service's published OpenAPI document: what the fuzzer aims at.</summary>
internal sealed record OpenApiOperation(
    string Service,
    HttpMethod Method,
    string PathTemplate,
    IReadOnlyList<OpenApiParameter> PathParameters,
    IReadOnlyList<OpenApiParameter> QueryParameters,
    JsonElement? BodySchema,
    SchemaResolver Schemas)
{
    public bool HasBody => BodySchema is not null;

    /// <summary>Reads every operation of a service from its OpenAPI document, as served through the gateway.</summary>
    public static async Task<IReadOnlyList<OpenApiOperation>> LoadAsync(HttpClient client, string service)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync($"/openapi/{service}.json"));
        var root = document.RootElement.Clone();
        var schemas = new SchemaResolver(root);
        var operations = new List<OpenApiOperation>();
        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                if (operation.Name is "parameters" or "summary" or "description")
                {
                    continue;
                }

                var parameters = operation.Value.TryGetProperty("parameters", out var list)
                    ? list.EnumerateArray().Select(parameter => new OpenApiParameter(
                        parameter.GetProperty("name").GetString()!,
                        parameter.GetProperty("in").GetString()!,
                        parameter.TryGetProperty("schema", out var schema) ? schemas.Resolve(schema) : default)).ToList()
                    : [];
                JsonElement? body = operation.Value.TryGetProperty("requestBody", out var requestBody)
                    && requestBody.TryGetProperty("content", out var content)
                    && content.EnumerateObject().FirstOrDefault(media => media.Name.Contains("json")) is { Value.ValueKind: JsonValueKind.Object } json
                    && json.Value.TryGetProperty("schema", out var bodySchema)
                        ? schemas.Resolve(bodySchema)
                        : null;
                operations.Add(new OpenApiOperation(
                    service,
                    new HttpMethod(operation.Name.ToUpperInvariant()),
                    path.Name,
                    parameters.Where(parameter => parameter.In == "path").ToList(),
                    parameters.Where(parameter => parameter.In == "query").ToList(),
                    body,
                    schemas));
            }
        }

        return operations;
    }

    /// <summary>The path with every parameter filled in, overriding one of them if asked.</summary>
    public string Path(string? parameterName = null, string? value = null)
    {
        var path = PathTemplate;
        foreach (var parameter in PathParameters)
        {
            var filling = parameter.Name == parameterName
                ? value!
                : Uri.EscapeDataString(Schemas.ValidLooking(parameter.Schema, 0)?.ToString().Trim('"') ?? "fuzz");
            path = path.Replace("{" + parameter.Name + "}", filling);
        }

        return path;
    }

    public override string ToString() => $"{Method} {PathTemplate}";
}

internal sealed record OpenApiParameter(string Name, string In, JsonElement Schema);
