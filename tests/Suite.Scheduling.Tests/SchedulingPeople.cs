using System.Net.Http.Headers;
using System.Net.Http.Json;
using Suite.Scheduling.Api;
using Suite.Scheduling.Grpc;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;

namespace Suite.Scheduling.Tests;

/// <summary>Hires agents and sets up teams through the API, and makes clients that act as them.</summary>
internal sealed class SchedulingPeople(ServiceFactory<SchedulingGrpcService> service)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public HttpClient Supervisor(string tenant = TestTokens.TenantA) => service.ClientFor(tenant, SuiteRoles.Supervisor);

    public async Task<Guid> HireAsync(string employeeNumber, string team, string level = "customer-service", string tenant = TestTokens.TenantA,
        string[]? skills = null)
    {
        var response = await Supervisor(tenant).PostAsJsonAsync("/api/scheduling/agents", new
        {
            employeeNumber, displayName = $"Agent {employeeNumber}", team, level, skills = skills ?? ["pre-sales"], hiredOn = "2026-01-05",
        }, Cancel);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<AgentResponse>(SuiteJson.Options, Cancel))!.Id;
    }

    public async Task<Guid> TeamAsync(string name, Guid? leaderId, string tenant = TestTokens.TenantA)
    {
        var response = await Supervisor(tenant).PostAsJsonAsync("/api/scheduling/teams", new { name, leaderId }, Cancel);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TeamResponse>(SuiteJson.Options, Cancel))!.Id;
    }

    /// <summary>A client of a person with <paramref name="role"/> who is also agent <paramref name="agentId"/> (a team leader, say).</summary>
    public HttpClient As(Guid agentId, string role, string tenant = TestTokens.TenantA)
    {
        var token = new DevelopmentTokenIssuer(TestTokens.Options, TimeProvider.System)
            .Issue($"{role}-{agentId}", tenant, [role], agentId: agentId);
        var client = service.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public HttpClient Agent(Guid agentId, string tenant = TestTokens.TenantA) => service.ClientForAgent(tenant, agentId);
}
