using System.Text.Json;
using System.Text.Json.Nodes;

namespace Suite.SystemTests.Fuzzing;

/// <summary>Follows $refs in an OpenAPI 3.1 document and builds values that look valid for a schema.</summary>
internal sealed class SchemaResolver(JsonElement document)
{
    /// <summary>Follows $refs, and for a oneOf/anyOf (how nullable references are written) takes the non-null branch.</summary>
    public JsonElement Resolve(JsonElement schema)
    {
        while (schema.ValueKind == JsonValueKind.Object)
        {
            if (schema.TryGetProperty("$ref", out var reference))
            {
                var name = reference.GetString()!.Split('/').Last();
                schema = document.GetProperty("components").GetProperty("schemas").GetProperty(name);
            }
            else if ((schema.TryGetProperty("oneOf", out var branches) || schema.TryGetProperty("anyOf", out branches))
                     && branches.EnumerateArray().FirstOrDefault(branch => !IsNullType(branch)) is { ValueKind: JsonValueKind.Object } branch)
            {
                schema = branch;
            }
            else
            {
                return schema;
            }
        }

        return schema;
    }

    private static bool IsNullType(JsonElement schema) =>
        schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "null";

    /// <summary>The schema's type, ignoring "null" in 3.1 type arrays; "enum" for enumerations.</summary>
    public string TypeOf(JsonElement schema)
    {
        schema = Resolve(schema);
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return "any";
        }

        if (schema.TryGetProperty("enum", out _))
        {
            return "enum";
        }

        if (schema.TryGetProperty("type", out var type))
        {
            return type.ValueKind == JsonValueKind.Array
                ? type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t != "null") ?? "any"
                : type.GetString() ?? "any";
        }

        return schema.TryGetProperty("properties", out _) ? "object" : "any";
    }

    public string? FormatOf(JsonElement schema) =>
        Resolve(schema) is { ValueKind: JsonValueKind.Object } resolved && resolved.TryGetProperty("format", out var format)
            ? format.GetString()
            : null;

    public IEnumerable<(string Name, JsonElement Schema)> PropertiesOf(JsonElement schema)
    {
        schema = Resolve(schema);
        return schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var properties)
            ? properties.EnumerateObject().Select(property => (property.Name, property.Value))
            : [];
    }

    public bool HasRequiredProperties(JsonElement schema) =>
        Resolve(schema) is { ValueKind: JsonValueKind.Object } resolved
        && resolved.TryGetProperty("required", out var required) && required.GetArrayLength() > 0;

    public JsonElement? ItemsOf(JsonElement schema) =>
        Resolve(schema) is { ValueKind: JsonValueKind.Object } resolved && resolved.TryGetProperty("items", out var items)
            ? Resolve(items)
            : null;

    /// <summary>A value of the right shape; the fuzzer then breaks exactly one part of it.</summary>
    public JsonNode? ValidLooking(JsonElement schema, int depth)
    {
        schema = Resolve(schema);
        switch (TypeOf(schema))
        {
            case "enum":
                var first = schema.GetProperty("enum").EnumerateArray().First(value => value.ValueKind != JsonValueKind.Null);
                return JsonNode.Parse(first.GetRawText());
            case "string":
                return FormatOf(schema) switch
                {
                    "uuid" => Guid.CreateVersion7().ToString(),
                    "date" => "2026-11-02",
                    "date-time" => "2026-11-02T10:00:00Z",
                    "time" => "10:00:00",
                    "duration" => "00:30:00",
                    _ => "fuzz",
                };
            case "integer":
                return 1;
            case "number":
                return 1.5;
            case "boolean":
                return true;
            case "array":
                return new JsonArray();
            case "object" when depth < 5:
                var node = new JsonObject();
                foreach (var (name, property) in PropertiesOf(schema))
                {
                    node[name] = ValidLooking(property, depth + 1);
                }

                return node;
            default:
                return null;
        }
    }
}
