using System.Text;
using System.Text.Json;
using Suite.SystemTests.Fuzzing;

namespace Suite.SystemTests.Authorization;

/// <summary>
/// One operation that takes an id, aimed twice by the same intruder with the same body: once at the owning
/// tenant's record, once at values no tenant has. The two answers must be the same.
/// </summary>
internal sealed record CrossTenantProbe(OpenApiOperation Operation, string OwnPath, string UnknownPath, IReadOnlyList<string> OwnValues)
{
    /// <summary>The probe of an operation, or null when a path parameter has no key (the coverage test names those).</summary>
    public static CrossTenantProbe? For(OpenApiOperation operation, IReadOnlyList<SweepKey> keys)
    {
        if (operation.PathParameters.Count == 0)
        {
            return null;
        }

        var own = operation.PathTemplate;
        var unknown = operation.PathTemplate;
        var values = new List<string>();
        foreach (var parameter in operation.PathParameters)
        {
            if (KeyOf(operation, parameter.Name, keys) is not { } key)
            {
                return null;
            }

            own = own.Replace($"{{{parameter.Name}}}", Uri.EscapeDataString(key.Value));
            unknown = unknown.Replace($"{{{parameter.Name}}}", Uri.EscapeDataString(key.Unknown));
            values.Add(key.Value);
        }

        var query = ProbeRequests.TryGet(operation.ToString(), out var given, out _) ? given ?? "" : "";
        return new CrossTenantProbe(operation, own + query, unknown + query, values);
    }

    /// <summary>The key for a parameter: the one whose route is the template up to and including that parameter.</summary>
    public static SweepKey? KeyOf(OpenApiOperation operation, string parameter, IReadOnlyList<SweepKey> keys)
    {
        var end = operation.PathTemplate.IndexOf($"{{{parameter}}}", StringComparison.Ordinal);
        return end < 0 ? null : SweepKey.For(keys, operation.PathTemplate[..(end + parameter.Length + 2)]);
    }

    /// <summary>The intruder's request; the body is made once per operation so both aims carry the same one.</summary>
    public HttpRequestMessage Request(string path, string? body)
    {
        var request = new HttpRequestMessage(Operation.Method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return request;
    }

    public string? Body() =>
        ProbeRequests.TryGet(Operation.ToString(), out _, out var body) && body is not null ? body
        : Operation.HasBody ? Operation.Schemas.ValidLooking(Operation.BodySchema!.Value, 0)?.ToJsonString() ?? "{}"
        : null;

    /// <summary>
    /// Why the answer at the owner's record differs from the answer at an unknown one, or null when it does
    /// not: the same status; for a refusal, a ProblemDetails with the same title; for a success, nothing of
    /// the owner's records (their ids or marker) beyond the ids the intruder itself put in the path.
    /// </summary>
    public string? Difference(HttpResponseMessage own, string ownBody, HttpResponseMessage unknown, string unknownBody, TenantAEntities owner)
    {
        if (own.StatusCode != unknown.StatusCode)
        {
            return $"{(int)own.StatusCode} where an unknown id gets {(int)unknown.StatusCode}: {Shorten(ownBody)}";
        }

        var status = (int)own.StatusCode;
        if (status >= 500)
        {
            return $"{status}: {Shorten(ownBody)}";
        }

        if (status >= 400)
        {
            if (!IsProblem(own))
            {
                return $"{status} without a ProblemDetails";
            }

            var title = Title(ownBody);
            return title == Title(unknownBody) ? null : $"{status} titled '{title}' where an unknown id gets '{Title(unknownBody)}'";
        }

        var leaked = Leaks(ownBody, owner, OwnValues);
        return leaked.Count == 0 ? null : $"{status} showing the owner's {string.Join(", ", leaked)}";
    }

    /// <summary>The owner's ids and marker found in an answer, except those the caller named itself.</summary>
    public static List<string> Leaks(string body, TenantAEntities owner, IReadOnlyCollection<string> named)
    {
        var leaked = owner.Ids.Where(id => !named.Contains(id, StringComparer.OrdinalIgnoreCase)
            && body.Contains(id, StringComparison.OrdinalIgnoreCase)).Select(id => $"id {id}").ToList();
        // A key the caller named (a store code, say) may hold the marker and be echoed back: that is not a leak.
        var unnamed = named.Aggregate(body, (text, value) => text.Replace(value, "", StringComparison.OrdinalIgnoreCase));
        if (unnamed.Contains(owner.Marker, StringComparison.OrdinalIgnoreCase))
        {
            leaked.Add($"marker {owner.Marker}");
        }

        return leaked;
    }

    public static bool IsProblem(HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.MediaType == "application/problem+json";

    private static string? Title(string body)
    {
        try
        {
            return JsonDocument.Parse(body).RootElement.TryGetProperty("title", out var title) ? title.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Shorten(string body) => body.Length <= 300 ? body : body[..300] + "…";

    public override string ToString() => $"{Operation.Method} {OwnPath}";
}
