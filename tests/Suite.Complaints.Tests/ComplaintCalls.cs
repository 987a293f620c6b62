using System.Net;
using System.Net.Http.Json;
using Suite.Complaints.Api;
using Suite.ServiceDefaults;

namespace Suite.Complaints.Tests;

/// <summary>The complaint API as a supervisor's screen calls it.</summary>
internal static class ComplaintCalls
{
    public const string ComplaintsRoute = "/api/complaints/complaints";

    public static async Task<ComplaintResponse> FileAsync(this HttpClient client, Dictionary<string, object?>? body = null)
    {
        var response = await client.PostAsJsonAsync(ComplaintsRoute, body ?? ComplaintBodies.Valid(category: "logistics"));
        Assert.True(HttpStatusCode.Created == response.StatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ComplaintResponse>(SuiteJson.Options))!;
    }

    public static Task<HttpResponseMessage> MoveAsync(this HttpClient client, Guid id, string to, Guid? expectedVersion, string? note = null) =>
        client.PostAsJsonAsync($"{ComplaintsRoute}/{id}/transitions", new { to, note, expectedVersion });

    /// <summary>Moves and expects it to succeed, returning the complaint as it now is.</summary>
    public static async Task<ComplaintResponse> MovedAsync(this HttpClient client, ComplaintResponse complaint, string to)
    {
        var response = await client.MoveAsync(complaint.Id, to, complaint.Version);
        Assert.True(HttpStatusCode.OK == response.StatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ComplaintResponse>(SuiteJson.Options))!;
    }

    public static async Task<List<AuditEntryResponse>> AuditAsync(this HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<List<AuditEntryResponse>>($"{ComplaintsRoute}/{id}/audit", SuiteJson.Options))!;
}
