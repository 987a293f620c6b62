using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Suite.Bench.Load;

/// <summary>
/// Sends the seeding requests a few at a time and keeps the ids the services answer with. Any answer other than
/// success stops the seeding with the service's ProblemDetails, so a benchmark never runs on half its data.
/// </summary>
internal sealed class SeedingClient(HttpClient http, int parallelism)
{
    /// <summary>POSTs each body; returns the "id" of every created resource, in the order of the bodies.</summary>
    public async Task<List<string>> CreateAllAsync(string path, IReadOnlyList<JsonObject> bodies)
    {
        var ids = new string[bodies.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, bodies.Count), new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (index, cancellationToken) =>
        {
            var created = await PostAsync(path, bodies[index], cancellationToken);
            ids[index] = created["id"]?.GetValue<string>() ?? throw new InvalidOperationException($"POST {path} answered without an id: {created}");
        });
        return [.. ids];
    }

    /// <summary>POSTs each batch of conversations; returns the stored conversations' ids.</summary>
    public async Task<List<string>> IngestAllAsync(string path, IReadOnlyList<JsonObject> batches)
    {
        var ids = new List<string>();
        foreach (var batch in batches)
        {
            var answer = await PostAsync(path, batch, CancellationToken.None);
            var created = answer["created"]?.AsArray() ?? throw new InvalidOperationException($"POST {path} answered without 'created': {answer}");
            ids.AddRange(created.Select(conversation => conversation!["id"]!.GetValue<string>()));
        }

        return ids;
    }

    private async Task<JsonObject> PostAsync(string path, JsonObject body, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(path, body, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}: {text}");
        }

        return JsonNode.Parse(text) as JsonObject ?? throw new JsonException($"POST {path} answered with no JSON object: {text}");
    }
}
