using System.Net;
using System.Text;
using System.Text.Json;
using Suite.ServiceDefaults.Auth;
using Suite.SystemTests.Authorization;
using Suite.SystemTests.Fuzzing;
using Suite.Testing;

namespace Suite.SystemTests;

/// <summary>
/// Past authentication: a signed-in caller without the role an operation needs gets a 403, and nothing of
/// another tenant can be read or written: for every type of record the four services keep, every operation
/// that takes such a record's id answers another tenant exactly as it answers an id no tenant has, its lists
/// and reports show none of it, and every route with an id in the published documents is in the sweep.
/// </summary>
public sealed class AuthorizationSweepTests(CrossTenantFixture fixture, ITestOutputHelper output) : IClassFixture<CrossTenantFixture>
{
    private static readonly string[] Services = ["scheduling", "training", "quality", "complaints"];

    private HttpClient Client(string token) => fixture.Client(token);

    private static HttpRequestMessage Request(OpenApiOperation operation, string path)
    {
        var request = new HttpRequestMessage(operation.Method, path);
        if (operation.HasBody)
        {
            request.Content = new StringContent(
                operation.Schemas.ValidLooking(operation.BodySchema!.Value, 0)?.ToJsonString() ?? "{}", Encoding.UTF8, "application/json");
        }

        return request;
    }

    private static bool IsProblem(HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.MediaType == "application/problem+json";

    /// <summary>Tokens whose roles no write of the suite admits; the dead-letter admin endpoints also refuse management.</summary>
    public static TheoryData<string> RolesWithoutWriteAccess => ["no-role", "unknown-role"];

    /// <summary>POSTs that compute an answer and write nothing, so any signed-in caller of the tenant may use them.</summary>
    private static readonly HashSet<string> Computations =
    [
        "POST /api/scheduling/staffing/erlang-c",
        "POST /api/quality/scorecards/{id}/score-preview",
    ];

    [Theory]
    [MemberData(nameof(RolesWithoutWriteAccess))]
    public async Task Every_write_refuses_a_caller_whose_roles_do_not_allow_it(string who)
    {
        var roles = who == "no-role" ? Array.Empty<string>() : ["visitor"];
        using var client = Client(TestTokens.For(TestTokens.TenantA, roles));
        var writes = fixture.Operations.Where(operation => operation.Method != HttpMethod.Get).ToList();

        var failures = new List<string>();
        foreach (var operation in writes)
        {
            using var response = await client.SendAsync(Request(operation, operation.Path()));
            var refused = response.StatusCode == HttpStatusCode.Forbidden && IsProblem(response);
            var exempt = Computations.Contains(operation.ToString());
            if (!refused && !(exempt && (int)response.StatusCode is >= 400 and < 500 && IsProblem(response)))
            {
                failures.Add($"{operation}: {(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType}");
            }
        }

        output.WriteLine($"{writes.Count} write operations with a '{who}' token; not role-guarded: " +
            string.Join(", ", Computations));
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task Agents_may_not_make_management_changes_and_only_admins_reach_the_admin_endpoints()
    {
        var operations = fixture.Operations;
        using var agent = Client(TestTokens.ForAgent(TestTokens.TenantA, Guid.CreateVersion7()));
        using var management = Client(TestTokens.For(TestTokens.TenantA, [.. SuiteRoles.All.Where(role => role != SuiteRoles.Admin)]));

        var failures = new List<string>();
        var agentWrites = new List<string>();
        foreach (var operation in operations.Where(operation => operation.Method != HttpMethod.Get))
        {
            using var response = await agent.SendAsync(Request(operation, operation.Path()));
            if (response.StatusCode == HttpStatusCode.Forbidden && IsProblem(response))
            {
                continue;
            }

            // An operation agents may use on their own records: with a record that is not theirs (every id
            // here is made up) it must still refuse, as a ProblemDetails, and never act.
            agentWrites.Add($"{operation} -> {(int)response.StatusCode}");
            if ((int)response.StatusCode is < 400 or >= 500 || !IsProblem(response))
            {
                failures.Add($"agent {operation}: {(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType}");
            }
        }

        var admin = operations.Where(operation => operation.PathTemplate.Contains("/admin/", StringComparison.Ordinal)).ToList();
        foreach (var operation in admin)
        {
            using var response = await management.SendAsync(Request(operation, operation.Path()));
            if (response.StatusCode != HttpStatusCode.Forbidden || !IsProblem(response))
            {
                failures.Add($"management {operation}: {(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType}");
            }
        }

        output.WriteLine($"writes agents may attempt on their own records ({agentWrites.Count}):\n  {string.Join("\n  ", agentWrites)}");
        output.WriteLine($"{admin.Count} admin operations refused to management roles");
        Assert.Equal(Services.Length * 3, admin.Count);
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    /// <summary>
    /// Complete by construction: every route template with a path parameter in the four OpenAPI documents is
    /// aimed at by the cross-tenant sweep, so an endpoint cannot be added without joining it. A parameter is
    /// covered by the key whose route is the template up to that parameter (a new sub-route of a covered
    /// record joins by itself; a new kind of record needs a record and a key in <see cref="TenantAEntities"/>).
    /// </summary>
    [Fact]
    public void Every_route_that_takes_an_id_is_aimed_at_by_the_cross_tenant_sweep()
    {
        var withIds = fixture.Operations.Where(operation => operation.PathParameters.Count > 0).ToList();
        var keys = fixture.Entities.Keys;
        var uncovered = withIds
            .SelectMany(operation => operation.PathParameters
                .Where(parameter => CrossTenantProbe.KeyOf(operation, parameter.Name, keys) is null)
                .Select(parameter => $"{operation} (parameter '{parameter.Name}')"))
            .ToList();
        var unused = keys.Where(key => !withIds.Any(operation => operation.PathTemplate.StartsWith(key.Route, StringComparison.Ordinal)))
            .Select(key => key.Route).ToList();

        output.WriteLine($"{withIds.Count} operations with path parameters, {keys.Count} keys; the suite started in " +
            $"{fixture.Durations.Start.TotalSeconds:F1} s, the owner's records were made in {fixture.Durations.Records.TotalSeconds:F1} s");
        Assert.True(uncovered.Count == 0, "routes no cross-tenant probe aims at (create a record of the type and add its key):\n" + string.Join('\n', uncovered));
        Assert.True(unused.Count == 0, "keys no route uses any more:\n" + string.Join('\n', unused));
    }

    /// <summary>Who intrudes: a tenant B caller with every role, and a tenant B agent whose token carries the owner's agent id.</summary>
    public static TheoryData<string> Intruders => ["every-role", "agent-with-the-owners-agent-id"];

    [Theory]
    [MemberData(nameof(Intruders))]
    public async Task Another_tenants_records_answer_as_unknown_ids_on_every_operation_that_takes_their_id(string intruder)
    {
        var entities = fixture.Entities;
        using var own = fixture.Client(intruder == "every-role"
            ? TestTokens.For(CrossTenantFixture.Intruder, [.. SuiteRoles.All])
            : TestTokens.ForAgent(CrossTenantFixture.Intruder, entities.AgentId));
        using var unknown = fixture.Client(intruder == "every-role"
            ? TestTokens.For(CrossTenantFixture.Intruder, [.. SuiteRoles.All])
            : TestTokens.ForAgent(CrossTenantFixture.Intruder, entities.UnknownAgentId));

        var probes = fixture.Operations.Select(operation => CrossTenantProbe.For(operation, entities.Keys)).OfType<CrossTenantProbe>().ToList();
        var failures = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        var notNotFound = new List<string>();
        foreach (var probe in probes)
        {
            var body = probe.Body();
            using var atOwner = await own.SendAsync(probe.Request(probe.OwnPath, body));
            var atOwnerBody = await atOwner.Content.ReadAsStringAsync();
            using var atUnknown = await unknown.SendAsync(probe.Request(probe.UnknownPath, body));
            var atUnknownBody = await atUnknown.Content.ReadAsStringAsync();
            statuses[(int)atOwner.StatusCode] = statuses.GetValueOrDefault((int)atOwner.StatusCode) + 1;
            if (atOwner.StatusCode != HttpStatusCode.NotFound)
            {
                notNotFound.Add($"{probe.Operation} -> {(int)atOwner.StatusCode}");
            }

            if (probe.Difference(atOwner, atOwnerBody, atUnknown, atUnknownBody, entities) is { } difference)
            {
                failures.Add($"{probe}: {difference}");
            }
        }

        using var owner = fixture.OwnerClient();
        var after = await fixture.ReadBackAsync(owner);
        var changed = fixture.Before.Where(read => after[read.Key] != read.Value)
            .Select(read => $"the owner's GET {read.Key} changed:\n  before {read.Value}\n  after  {after[read.Key]}");

        output.WriteLine($"{entities.Keys.Count} keys over {probes.Count} operations, {probes.Count * 2} requests by '{intruder}'; " +
            $"answers at the owner's records: {string.Join(", ", statuses.Select(pair => $"{pair.Key}×{pair.Value}"))}; " +
            $"{fixture.Before.Count} of the owner's reads compared; answered otherwise than 404, as an unknown id is:\n  " +
            string.Join("\n  ", notNotFound));
        failures.AddRange(changed);
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    /// <summary>
    /// Every read without an id (lists, queues, reports) by other tenants: nothing of the owner's records, and
    /// for a tenant that has never written anything, every list empty.
    /// </summary>
    [Fact]
    public async Task Other_tenants_lists_and_reports_show_none_of_the_owners_records()
    {
        var reads = fixture.Operations.Where(operation => operation.Method == HttpMethod.Get && operation.PathParameters.Count == 0).ToList();
        var failures = new List<string>();
        var answered = 0;
        foreach (var tenant in new[] { CrossTenantFixture.Intruder, CrossTenantFixture.Newcomer })
        {
            using var client = fixture.Client(TestTokens.For(tenant, [.. SuiteRoles.All]));
            foreach (var operation in reads)
            {
                using var response = await client.GetAsync(operation.PathTemplate);
                var body = await response.Content.ReadAsStringAsync();
                if (!response.IsSuccessStatusCode)
                {
                    continue;
                }

                answered++;
                var leaked = CrossTenantProbe.Leaks(body, fixture.Entities, []);
                if (leaked.Count > 0)
                {
                    failures.Add($"{tenant} {operation}: shows the owner's {string.Join(", ", leaked)}");
                }
                else if (tenant == CrossTenantFixture.Newcomer && TenantRows(body) is > 0 and var count)
                {
                    failures.Add($"{tenant} {operation}: {count} rows for a tenant that has none: {body[..Math.Min(body.Length, 300)]}");
                }
            }
        }

        output.WriteLine($"{reads.Count} reads without an id, {answered} answered 2xx for tenants B and C (the others need query parameters)");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    /// <summary>
    /// The tenant's own rows in a list answer (a bare array or a page's items), or null for any other answer.
    /// Rows flagged as the product's defaults (department routing before a tenant sets its own) are no tenant's.
    /// </summary>
    private static int? TenantRows(string body)
    {
        JsonElement json;
        try
        {
            using var document = JsonDocument.Parse(body);
            json = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }

        var items = json.ValueKind == JsonValueKind.Array ? json
            : json.ValueKind == JsonValueKind.Object && json.TryGetProperty("items", out var page) && page.ValueKind == JsonValueKind.Array ? page
            : default;
        return items.ValueKind != JsonValueKind.Array ? null
            : items.EnumerateArray().Count(row => !(row.ValueKind == JsonValueKind.Object
                && row.TryGetProperty("isDefault", out var isDefault) && isDefault.ValueKind == JsonValueKind.True));
    }
}
