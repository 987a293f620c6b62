using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Suite.ServiceDefaults;

namespace Suite.Standalone.DemoCentre;

/// <summary>
/// The generator's only way in: the gateway's public API with a bearer token, exactly as an integrator
/// calls it. A refusal stops the generator with the service's ProblemDetails, never silently.
/// </summary>
internal sealed class SuiteApiClient(Uri gateway, string token) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 8 })
    {
        BaseAddress = gateway,
        Timeout = TimeSpan.FromMinutes(5),
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
    };

    public async Task<JsonElement> PostAsync(string path, object body, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync(path, body, SuiteJson.Options, cancellationToken);
        return await ReadAsync(response, "POST", path, cancellationToken);
    }

    public async Task<JsonElement> PutAsync(string path, object body, CancellationToken cancellationToken)
    {
        using var response = await _http.PutAsJsonAsync(path, body, SuiteJson.Options, cancellationToken);
        return await ReadAsync(response, "PUT", path, cancellationToken);
    }

    public async Task<JsonElement> PostCsvAsync(string path, string csv, CancellationToken cancellationToken)
    {
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        using var response = await _http.PostAsync(path, content, cancellationToken);
        return await ReadAsync(response, "POST", path, cancellationToken);
    }

    public async Task<JsonElement> GetAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(path, cancellationToken);
        return await ReadAsync(response, "GET", path, cancellationToken);
    }

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
