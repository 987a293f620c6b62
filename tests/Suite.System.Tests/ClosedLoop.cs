using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Suite.ServiceDefaults;
using Suite.Testing;

namespace Suite.SystemTests;

/// <summary>
/// The first closed loop of the suite, driven only through the gateway as an integrator would:
/// hire an agent (Scheduling) -> onboarding enrolment appears (Training, via AgentHired);
/// file a complaint against that agent (Complaints, checking the agent over gRPC) -> it appears on
/// the agent's ledger (Quality, via ComplaintFiled).
/// </summary>
internal sealed class ClosedLoop(Uri gateway, string token)
{
    public sealed record Timings(Guid AgentId, TimeSpan HireToEnrolment, TimeSpan ComplaintToLedger);

    private HttpClient Client()
    {
        var client = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<Timings> RunAsync(string employeeNumber, TimeSpan within)
    {
        using var client = Client();
        var hire = await client.PostAsJsonAsync("/api/scheduling/agents", new
        {
            employeeNumber,
            displayName = "Huang Lei",
            team = "Tmall flagship",
            level = "customer-service",
            skills = new[] { "after-sales", "tmall" },
            hiredOn = "2026-11-02",
        }, SuiteJson.Options);
        Assert.True(hire.StatusCode == HttpStatusCode.Created, await hire.Content.ReadAsStringAsync());
        var agentId = (await hire.Content.ReadFromJsonAsync<JsonElement>(SuiteJson.Options)).GetProperty("id").GetGuid();
        var hiredAt = Stopwatch.StartNew();

        await Eventually.True(() => CountAsync(client, $"/api/training/agents/{agentId}/enrolments", 1),
            within, "the onboarding enrolment to appear in Training");
        var hireToEnrolment = hiredAt.Elapsed;

        var complaint = await client.PostAsJsonAsync("/api/complaints/complaints", new
        {
            agentId,
            channel = "chat",
            platform = "tmall",
            storeCode = "TM-FLAGSHIP",
            customerReference = "buyer-8841",
            orderReference = "TM20261120-0042",
            category = "service-attitude",
            description = "The agent closed the chat while the buyer was still asking about the refund.",
        }, SuiteJson.Options);
        Assert.True(complaint.StatusCode == HttpStatusCode.Created, await complaint.Content.ReadAsStringAsync());
        var filedAt = Stopwatch.StartNew();

        await Eventually.True(() => CountAsync(client, $"/api/quality/agents/{agentId}/ledger", 1),
            within, "the complaint to appear on the agent's ledger in Quality");
        return new Timings(agentId, hireToEnrolment, filedAt.Elapsed);
    }

    /// <summary>A complaint against an agent Scheduling does not know is refused with a 4xx ProblemDetails.</summary>
    public async Task<HttpResponseMessage> FileAgainstUnknownAgentAsync()
    {
        using var client = Client();
        return await client.PostAsJsonAsync("/api/complaints/complaints", new
        {
            agentId = Guid.CreateVersion7(),
            channel = "chat",
            platform = "jd",
            storeCode = "JD-1",
            customerReference = "buyer-1",
            category = "logistics",
            description = "Parcel never arrived.",
        }, SuiteJson.Options);
    }

    /// <summary>
    /// Whether the list at <paramref name="path"/> holds exactly <paramref name="expected"/> items. A
    /// service that is restarting answers 502 at the gateway meanwhile: that is "not yet", not a failure.
    /// </summary>
    private static async Task<bool> CountAsync(HttpClient client, string path, int expected)
    {
        using var response = await client.GetAsync(path);
        if (response.StatusCode is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable)
        {
            return false;
        }

        Assert.True(response.IsSuccessStatusCode, $"GET {path} gave {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var items = ItemsOf(await response.Content.ReadFromJsonAsync<JsonElement>(SuiteJson.Options));
        Assert.True(items.GetArrayLength() <= expected, $"GET {path} holds {items.GetArrayLength()} items, more than {expected}.");
        return items.GetArrayLength() == expected;
    }

    /// <summary>Lists are either a bare array or a page with "items"; the loop accepts both.</summary>
    private static JsonElement ItemsOf(JsonElement body) =>
        body.ValueKind == JsonValueKind.Array ? body : body.GetProperty("items");
}
