using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Suite.ServiceDefaults;

namespace Suite.Standalone.DemoCentre;

/// <summary>
/// The generator's only way in: the gateway's public API with a bearer token, exactly as an integrator
/// calls it. A refusal stops the generator with the service's ProblemDetails, never silently. Calls made
/// as someone else (an agent acknowledging its evaluation) pass that person's token.
/// </summary>
internal sealed class SuiteApiClient(Uri gateway, string token) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 8 })
    {
        BaseAddress = gateway,
        Timeout = TimeSpan.FromMinutes(5),
    };

    public Task<JsonElement> PostAsync(string path, object body, CancellationToken cancellationToken, string? asToken = null) =>
        SendAsync(HttpMethod.Post, path, JsonContent.Create(body, options: SuiteJson.Options), asToken, cancellationToken);

    public Task<JsonElement> PutAsync(string path, object body, CancellationToken cancellationToken, string? asToken = null) =>
        SendAsync(HttpMethod.Put, path, JsonContent.Create(body, options: SuiteJson.Options), asToken, cancellationToken);

    public Task<JsonElement> PostCsvAsync(string path, string csv, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, path, new StringContent(csv, Encoding.UTF8, "text/csv"), null, cancellationToken);

    public Task<JsonElement> GetAsync(string path, CancellationToken cancellationToken, string? asToken = null) =>
        SendAsync(HttpMethod.Get, path, null, asToken, cancellationToken);

    /// <summary>
    /// A POST the service may refuse with a 409 for a reason the generator cannot know in advance (a shift
    /// swap that would break a roster rule): null then, so the caller tries another candidate.
    /// </summary>
    public async Task<JsonElement?> TryPostAsync(string path, object body, CancellationToken cancellationToken, string? asToken = null)
    {
        using var request = Request(HttpMethod.Post, path, JsonContent.Create(body, options: SuiteJson.Options), asToken);
        using var response = await _http.SendAsync(request, cancellationToken);
        return response.StatusCode == HttpStatusCode.Conflict ? null : await ReadAsync(response, "POST", path, cancellationToken);
    }

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, HttpContent? content, string? asToken, CancellationToken cancellationToken)
    {
        using var request = Request(method, path, content, asToken);
        using var response = await _http.SendAsync(request, cancellationToken);
        return await ReadAsync(response, method.Method, path, cancellationToken);
    }

    private HttpRequestMessage Request(HttpMethod method, string path, HttpContent? content, string? asToken) => new(method, path)
    {
        Content = content,
        Headers = { Authorization = new AuthenticationHeaderValue("Bearer", asToken ?? token) },
    };

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, string method, string path, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new DemoCentreException($"{method} {path} was refused with {(int)response.StatusCode}: {text}");
        }

        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public void Dispose() => _http.Dispose();
}

internal sealed class DemoCentreException(string message) : Exception(message);
