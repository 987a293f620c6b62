using System.Net.Http.Json;
using System.Text.Json;
using Suite.ServiceDefaults;

namespace Suite.SystemTests.Authorization;

/// <summary>
/// One record of every type the four services keep, created in the owning tenant through the gateway the
/// way the product creates them (so each one exists as far as a lookup by id is concerned), with the keys
/// that address them, the reads that show each one to its owner, and a marker in every free text so a
/// leak of any of them shows in another tenant's answer.
/// </summary>
internal sealed partial class TenantAEntities
{
    private const string Service = "/api/scheduling";
    private readonly List<SweepKey> _keys = [];
    private readonly List<string> _readbacks = [];
    private readonly HashSet<string> _ids = new(StringComparer.OrdinalIgnoreCase);

    private TenantAEntities(string marker) => Marker = marker;

    /// <summary>In the name or note of every record created here; never in another tenant's answers.</summary>
    public string Marker { get; }

    public IReadOnlyList<SweepKey> Keys => _keys;

    /// <summary>Reads of the owning tenant that show every record; the same before and after the sweep.</summary>
    public IReadOnlyList<string> Readbacks => _readbacks;

    /// <summary>Every id of the owning tenant's records, for the leak scan.</summary>
    public IReadOnlySet<string> Ids => _ids;

    public Guid AgentId { get; private set; }

    /// <summary>An agent id no tenant has: what an intruding agent's own id is compared with.</summary>
    public Guid UnknownAgentId { get; } = Guid.CreateVersion7();

    private void Key(string route, string value, string? unknown = null)
    {
        _keys.Add(new SweepKey(route, value, unknown ?? Guid.CreateVersion7().ToString()));
        if (Guid.TryParse(value, out _))
        {
            _ids.Add(value);
        }
    }

    /// <summary>Creates the records as the owning tenant's staff (every role), and as its agents where they act on their own records.</summary>
    public static async Task<TenantAEntities> CreateAsync(HttpClient owner, Func<Guid, HttpClient> agent)
    {
        var entities = new TenantAEntities("SWEEPA" + Guid.NewGuid().ToString("N")[..10]);
        await entities.CreateSchedulingAsync(owner, agent);
        await entities.CreateTrainingAsync(owner, agent);
        await entities.CreateQualityAsync(owner);
        await entities.CreateComplaintsAsync(owner);
        await entities.FindLedgerEntryAsync(owner);
        return entities;
    }

    private Guid _teamLeaderId;
    private string _storeCode = "";
    private Guid _complaintId;

    /// <summary>Adds the dead letters seeded into each service's database.</summary>
    public void AddDeadLetters(IReadOnlyDictionary<string, Guid> byService)
    {
        foreach (var (service, id) in byService)
        {
            Key($"/api/{service}/admin/dead-letters/{{id}}", id.ToString());
            _readbacks.Add($"/api/{service}/admin/dead-letters/{id}");
        }
    }

    /// <summary>POSTs a create, records its id, and (unless told otherwise) reads it back at the location it names.</summary>
    private async Task<string> CreatedAsync(HttpClient client, string collection, object body, bool readback = true)
    {
        var created = await Send.PostAsync(client, collection, body);
        var id = created.GetProperty("id").GetString()!;
        _ids.Add(id);
        if (readback)
        {
            _readbacks.Add($"{collection}/{id}");
        }

        return id;
    }

    private string FirstId(JsonElement list)
    {
        var items = list.ValueKind == JsonValueKind.Array ? list : list.GetProperty("items");
        Assert.True(items.GetArrayLength() > 0, $"expected a record in {list}");
        var id = items[0].GetProperty("id").GetString()!;
        _ids.Add(id);
        return id;
    }

    /// <summary>Calls that must succeed while the records are made; a failure names the call and the answer.</summary>
    private static class Send
    {
        public static Task<JsonElement> PostAsync(HttpClient client, string path, object body) =>
            ReadAsync(client.PostAsJsonAsync(path, body, SuiteJson.Options), "POST", path);

        public static Task<JsonElement> PutAsync(HttpClient client, string path, object body) =>
            ReadAsync(client.PutAsJsonAsync(path, body, SuiteJson.Options), "PUT", path);

        public static Task<JsonElement> GetAsync(HttpClient client, string path) =>
            ReadAsync(client.GetAsync(path), "GET", path);

        private static async Task<JsonElement> ReadAsync(Task<HttpResponseMessage> sending, string method, string path)
        {
            using var response = await sending;
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {text}");
            if (text.Length == 0)
            {
                return default;
            }

            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
    }
}
