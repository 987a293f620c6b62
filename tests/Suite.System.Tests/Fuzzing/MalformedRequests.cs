using System.Text;
using System.Text.Json.Nodes;

namespace Suite.SystemTests.Fuzzing;

/// <summary>A request that a correct service must refuse (or, for reads, at least answer without a fault).</summary>
internal sealed record MalformedRequest(OpenApiOperation Operation, string What, string Path, string? Body)
{
    /// <summary>A write with a broken body or a broken id must be refused; a read may still answer 200.</summary>
    public bool MustBeRefused => Operation.Method != HttpMethod.Get;

    public HttpRequestMessage ToHttp()
    {
        var request = new HttpRequestMessage(Operation.Method, Path);
        if (Body is not null)
        {
            request.Content = new StringContent(Body, Encoding.UTF8, "application/json");

            // A server refuses an oversized body from its Content-Length and closes the connection; asking
            // before sending lets the client read that refusal instead of failing on a broken pipe.
            request.Headers.ExpectContinue = Body.Length > 1024 * 1024;
        }

        return request;
    }

    public override string ToString() => $"{Operation} [{What}] {Truncate(Path, 120)} {Truncate(Body ?? "", 160)}";

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}

/// <summary>
/// Generates malformed requests for every operation from its schema: broken JSON, wrong types, huge
/// strings and arrays, overflowing numbers, unknown enum values, bad ids and dates. Deterministic for a seed.
/// </summary>
internal sealed class MalformedRequests(int seed)
{
    private readonly Random _random = new(seed);

    private static readonly string[] BrokenJson =
    [
        "{", "{\"", "{\"a\":", "[", "]", "}", "nul", "{'single':'quotes'}", "{\"a\":1,}", "{\"a\" 1}",
        "\u0000", "\"unterminated", "{\"a\":\"\\uZZZZ\"}", "{\"a\":01}", "{\"a\":NaN}", "{\"a\":Infinity}",
        new string('[', 5000), new string('{', 3000),
    ];

    private static readonly string[] WrongShapeJson = ["[]", "null", "\"text\"", "123", "true", "[{}]", "-1"];

    private static readonly string[] BadIds =
    [
        "not-a-guid", "-1", "0", "99999999999999999999999", "%27%20OR%201%3D1--", "..%2F..%2Fetc%2Fpasswd",
        new string('a', 5000), "00000000-0000-0000-0000-00000000000G", "%E2%80%AE", "%F0%9F%98%80",
    ];

    private static readonly string[] BadQueryValues =
    [
        "abc", "-1", "0", "99999999999999999999999", "1e309", "NaN", "2026-13-45", "%27%20OR%201%3D1--",
        new string('x', 5000), "%00", "true", "[]", "%7B%7D", "-2147483649",
    ];

    public IEnumerable<MalformedRequest> For(OpenApiOperation operation)
    {
        foreach (var parameter in operation.PathParameters)
        {
            foreach (var bad in BadIds)
            {
                yield return new(operation, $"path {parameter.Name}", operation.Path(parameter.Name, bad), ValidBody(operation));
            }
        }

        foreach (var parameter in operation.QueryParameters)
        {
            foreach (var bad in BadQueryValues)
            {
                yield return new(operation, $"query {parameter.Name}", $"{operation.Path()}?{parameter.Name}={bad}", ValidBody(operation));
            }
        }

        if (!operation.HasBody)
        {
            yield break;
        }

        var schema = operation.BodySchema!.Value;
        foreach (var broken in BrokenJson.Concat(WrongShapeJson))
        {
            yield return new(operation, "broken json", operation.Path(), broken);
        }

        if (operation.Schemas.HasRequiredProperties(schema))
        {
            yield return new(operation, "empty object", operation.Path(), "{}");
        }

        foreach (var (name, property) in operation.Schemas.PropertiesOf(schema))
        {
            foreach (var (what, value) in WrongValuesFor(operation.Schemas, property))
            {
                var body = (JsonObject)operation.Schemas.ValidLooking(schema, 0)!;
                body[name] = value;
                yield return new(operation, $"{name}: {what}", operation.Path(), body.ToJsonString());
            }
        }
    }

    private const string Structural = "{}[]:,\"";

    /// <summary>
    /// Random damage to a well-shaped body: cut short, or one structural character (never one inside a
    /// string, where a change would still be valid JSON) swapped for another.
    /// </summary>
    public MalformedRequest Mangled(OpenApiOperation operation)
    {
        var valid = ValidBody(operation) ?? "{}";
        if (_random.Next(2) == 0)
        {
            return new(operation, "truncated", operation.Path(), valid[.._random.Next(1, valid.Length)]);
        }

        var structural = StructuralPositions(valid);
        var position = structural[_random.Next(structural.Count)];
        var replacement = Structural.Where(c => c != valid[position]).ElementAt(_random.Next(Structural.Length - 1));
        var characters = valid.ToCharArray();
        characters[position] = replacement;
        return new(operation, "damaged", operation.Path(), new string(characters));
    }

    private static List<int> StructuralPositions(string json)
    {
        var positions = new List<int>();
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (c == '"' && (i == 0 || json[i - 1] != '\\'))
            {
                positions.Add(i);
                inString = !inString;
            }
            else if (!inString && Structural.Contains(c))
            {
                positions.Add(i);
            }
        }

        return positions;
    }

    private static string? ValidBody(OpenApiOperation operation) =>
        operation.HasBody ? operation.Schemas.ValidLooking(operation.BodySchema!.Value, 0)?.ToJsonString() : null;

    private static IEnumerable<(string What, JsonNode? Value)> WrongValuesFor(SchemaResolver schemas, System.Text.Json.JsonElement property)
    {
        var type = schemas.TypeOf(property);
        var format = schemas.FormatOf(property);
        switch (type)
        {
            case "string" when format == "uuid":
                yield return ("bad uuid", "zzz");
                yield return ("number for uuid", 12345);
                break;
            case "string" when format is "date" or "date-time":
                yield return ("bad date", "2026-13-45");
                yield return ("words for date", "yesterday");
                break;
            case "string":
                yield return ("number for string", 123);
                yield return ("object for string", new JsonObject());
                yield return ("huge string", new string('字', 1_000_000));
                break;
            case "integer":
                yield return ("overflow", JsonNode.Parse("99999999999999999999999"));
                yield return ("fraction", 1.5);
                yield return ("string for integer", "1");
                break;
            case "number":
                yield return ("overflow", JsonNode.Parse("1e309"));
                yield return ("string for number", "one");
                break;
            case "boolean":
                yield return ("string for boolean", "yes");
                yield return ("number for boolean", 1);
                break;
            case "enum":
                yield return ("unknown enum value", "definitely-not-a-value");
                yield return ("number for enum", 3);
                break;
            case "array":
                yield return ("object for array", new JsonObject());
                yield return ("huge array", new JsonArray(Enumerable.Range(0, 100_000).Select(_ => (JsonNode?)JsonValue.Create("x")).ToArray()));
                break;
            case "object":
                yield return ("array for object", new JsonArray());
                yield return ("string for object", "text");
                break;
        }
    }
}
