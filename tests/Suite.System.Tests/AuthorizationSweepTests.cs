using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.SystemTests.Fuzzing;
using Suite.Testing;

namespace Suite.SystemTests;

/// <summary>
/// Past authentication: a signed-in caller without the role an operation needs gets a 403, and nothing of
/// another tenant can be read or written: its ids answer as unknown ids do (404), for every entity type
/// created here and every operation that takes that entity's id.
/// </summary>
public sealed class AuthorizationSweepTests(StandaloneHost host, ITestOutputHelper output) : IClassFixture<StandaloneHost>
{
    private static readonly string[] Services = ["scheduling", "training", "quality", "complaints"];

    private async Task<List<OpenApiOperation>> OperationsAsync()
    {
        using var documents = new HttpClient { BaseAddress = host.Gateway };
        var operations = new List<OpenApiOperation>();
        foreach (var service in Services)
        {
            operations.AddRange(await OpenApiOperation.LoadAsync(documents, service));
        }

        return operations;
    }

    private HttpClient Client(string token)
    {
        var client = new HttpClient { BaseAddress = host.Gateway, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

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
        var writes = (await OperationsAsync()).Where(operation => operation.Method != HttpMethod.Get).ToList();

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
        var operations = await OperationsAsync();
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

    [Fact]
    public async Task Another_tenants_entities_answer_as_unknown_ids_on_every_operation_that_takes_their_id()
    {
        var operations = await OperationsAsync();
        using var ownerClient = Client(TestTokens.For(TestTokens.TenantA, SuiteRoles.Supervisor, SuiteRoles.Manager));
        using var intruder = Client(TestTokens.For(TestTokens.TenantB, [.. SuiteRoles.All]));
        var entities = await CreateOneOfEachAsync(ownerClient);

        var failures = new List<string>();
        var probed = 0;
        foreach (var (collection, location) in entities)
        {
            var id = location[(location.LastIndexOf('/') + 1)..];
            var before = await ownerClient.GetStringAsync(location);
            using (var read = await intruder.GetAsync(location))
            {
                probed++;
                if (read.StatusCode != HttpStatusCode.NotFound || !IsProblem(read))
                {
                    failures.Add($"GET {location} as another tenant: {(int)read.StatusCode}");
                }
            }

            foreach (var operation in operations.Where(operation => TakesIdOf(operation, collection)))
            {
                var parameter = operation.PathParameters.Single(p => operation.PathTemplate.StartsWith($"{collection}/{{{p.Name}}}", StringComparison.Ordinal));
                using var response = await intruder.SendAsync(Request(operation, operation.Path(parameter.Name, id)));
                using var unknown = await intruder.SendAsync(Request(operation, operation.Path(parameter.Name, Guid.CreateVersion7().ToString())));
                probed++;
                var sameAsUnknown = response.StatusCode == unknown.StatusCode && (int)response.StatusCode is >= 400 and < 500 && IsProblem(response);
                if (!sameAsUnknown && !AnswersAsUnknown(operation, response, await response.Content.ReadAsStringAsync()))
                {
                    failures.Add($"{operation} with {collection} {id} of another tenant: {(int)response.StatusCode}");
                }
            }

            Assert.Equal(before, await ownerClient.GetStringAsync(location));
        }

        output.WriteLine($"{entities.Count} entity types, {probed} cross-tenant requests: {string.Join(", ", entities.Select(entity => entity.Collection))}");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    /// <summary>
    /// As for an unknown id: the same refusal an unknown id gets (a 403 for a caller who may not act at all),
    /// or 404, a 400 for a body refused before any lookup, or for a read of a sub-collection an empty list.
    /// Never a 2xx with data, nor a 403 or 409 that an unknown id would not get: each would tell the entity exists.
    /// </summary>
    private static bool AnswersAsUnknown(OpenApiOperation operation, HttpResponseMessage response, string body)
    {
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest)
        {
            return IsProblem(response);
        }

        if (operation.Method != HttpMethod.Get || response.StatusCode != HttpStatusCode.OK)
        {
            return false;
        }

        var json = JsonDocument.Parse(body).RootElement;
        var items = json.ValueKind == JsonValueKind.Array ? json
            : json.ValueKind == JsonValueKind.Object && json.TryGetProperty("items", out var page) ? page
            : default;
        return items.ValueKind == JsonValueKind.Array && items.GetArrayLength() == 0;
    }

    private static bool TakesIdOf(OpenApiOperation operation, string collection) =>
        operation.PathParameters.Any(parameter => operation.PathTemplate.StartsWith($"{collection}/{{{parameter.Name}}}", StringComparison.Ordinal));

    /// <summary>One entity of each type a supervisor creates, as (collection path, location of the entity).</summary>
    private static async Task<List<(string Collection, string Location)>> CreateOneOfEachAsync(HttpClient client)
    {
        var created = new List<(string, string)>();
        async Task<string> CreateAsync(string collection, object body)
        {
            using var response = await client.PostAsJsonAsync(collection, body, SuiteJson.Options);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {collection}: {(int)response.StatusCode} {text}");
            var id = JsonDocument.Parse(text).RootElement.GetProperty("id").GetString()!;
            created.Add((collection, $"{collection}/{id}"));
            return id;
        }

        var agentId = await CreateAsync("/api/scheduling/agents", new
        {
            employeeNumber = "SWEEP-" + Guid.NewGuid().ToString("N")[..8],
            displayName = "Chen Jing",
            team = "JD self-operated",
            level = "customer-service",
            skills = new[] { "after-sales" },
            hiredOn = "2026-11-02",
        });
        await CreateAsync("/api/scheduling/stores", new
        {
            code = "sweep-" + Guid.NewGuid().ToString("N")[..8],
            name = "Sweep flagship " + Guid.NewGuid().ToString("N")[..6],
            platform = "Tmall",
            timeZone = "Asia/Shanghai",
            channel = "chat",
            openingHours = new[] { new { day = "monday", start = "08:00", end = "23:00" } },
        });
        await CreateAsync("/api/scheduling/teams", new { name = "Sweep team " + Guid.NewGuid().ToString("N")[..6] });
        await CreateAsync("/api/scheduling/shift-templates", new
        {
            name = "Early " + Guid.NewGuid().ToString("N")[..6],
            start = "08:00",
            lengthMinutes = 540,
            days = new[] { "monday", "tuesday", "wednesday" },
            breaks = new[] { new { offsetMinutes = 240, lengthMinutes = 60, paid = false } },
        });
        await CreateAsync("/api/scheduling/time-off", new { agentId, firstDay = "2026-12-14", lastDay = "2026-12-15", note = "Family visit" });
        await CreateAsync("/api/quality/scorecards", new
        {
            key = "sweep-" + Guid.NewGuid().ToString("N")[..8],
            name = "Sweep chat standard",
            sections = new[]
            {
                new
                {
                    key = "service",
                    name = "Service",
                    criteria = new[] { new { key = "greeting", name = "Greets the buyer", weight = 10, kind = "standard", allowNotApplicable = false } },
                },
            },
        });
        await CreateAsync("/api/training/courses", new { title = "After-sales standards", category = "after-sales" });
        await CreateAsync("/api/training/learning-paths", new
        {
            name = "Red-line refresher " + Guid.NewGuid().ToString("N")[..6],
            description = "Platform rules and red lines.",
            kind = "remedial",
            dueAfterDays = 7,
            isDefaultOnboarding = false,
        });
        await CreateAsync("/api/training/scenarios", new
        {
            title = "Parcel lost, customer furious",
            category = "after-sales",
            customerPersona = "A regular buyer, angry and threatening a bad review.",
            situation = "The courier marked the parcel delivered; the customer never received it.",
            keyPoints = new[] { "Apologise", "Check the courier record", "Offer a reship or refund" },
        });
        await CreateAsync("/api/complaints/complaints", new
        {
            agentId,
            channel = "chat",
            platform = "tmall",
            storeCode = "TM-FLAGSHIP",
            customerReference = "buyer-8841",
            category = "service-attitude",
            description = "The agent closed the chat while the buyer was still asking about the refund.",
        });
        return created;
    }
}
