using System.Net.Http.Headers;
using Suite.ServiceDefaults.Auth;
using Suite.SystemTests.Fuzzing;
using Suite.Testing;

namespace Suite.SystemTests.Authorization;

/// <summary>
/// The embedded suite with one record of every type in the owning tenant, made once for the sweep's tests,
/// the operations of the four OpenAPI documents, and what the owner saw of its records before any intruder came.
/// </summary>
public sealed class CrossTenantFixture : IAsyncLifetime
{
    public const string Owner = TestTokens.TenantA;
    public const string Intruder = TestTokens.TenantB;

    /// <summary>A tenant that never writes anything: its lists must be empty, not merely free of the owner's rows.</summary>
    public const string Newcomer = "tenant-c";

    public StandaloneHost Host { get; } = new();

    internal IReadOnlyList<OpenApiOperation> Operations { get; private set; } = [];

    internal TenantAEntities Entities { get; private set; } = null!;

    /// <summary>The owner's reads of its records (see <see cref="TenantAEntities.Readbacks"/>) before the sweep.</summary>
    internal IReadOnlyDictionary<string, string> Before { get; private set; } = new Dictionary<string, string>();

    public HttpClient Client(string token)
    {
        var client = new HttpClient { BaseAddress = Host.Gateway, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public HttpClient OwnerClient() => Client(TestTokens.For(Owner, [.. SuiteRoles.All]));

    /// <summary>How long the suite took to start, and the owner's records to be made (reported, never asserted).</summary>
    public (TimeSpan Start, TimeSpan Records) Durations { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Host.InitializeAsync();
        var started = clock.Elapsed;
        using var documents = new HttpClient { BaseAddress = Host.Gateway };
        var operations = new List<OpenApiOperation>();
        foreach (var service in DeadLetterSeed.Services)
        {
            operations.AddRange(await OpenApiOperation.LoadAsync(documents, service));
        }

        Operations = operations;
        using var owner = OwnerClient();
        var agents = new Dictionary<Guid, HttpClient>();
        try
        {
            Entities = await TenantAEntities.CreateAsync(owner,
                agentId => agents.TryGetValue(agentId, out var client) ? client : agents[agentId] = Client(TestTokens.ForAgent(Owner, agentId)));
        }
        finally
        {
            foreach (var client in agents.Values)
            {
                client.Dispose();
            }
        }

        Entities.AddDeadLetters(DeadLetterSeed.Write(Host.DataFolder, Owner, Entities.Marker));
        Before = await ReadBackAsync(owner);
        Durations = (started, clock.Elapsed - started);
    }

    /// <summary>Each of the owner's reads, which must answer 200.</summary>
    internal async Task<IReadOnlyDictionary<string, string>> ReadBackAsync(HttpClient owner)
    {
        var reads = new Dictionary<string, string>();
        var failures = new List<string>();
        foreach (var path in Entities.Readbacks)
        {
            using var response = await owner.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                failures.Add($"the owner's GET {path}: {(int)response.StatusCode} {body}");
            }

            reads[path] = body;
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        return reads;
    }

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
