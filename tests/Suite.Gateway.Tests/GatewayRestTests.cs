using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Suite.Scheduling.Api;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.ServiceDefaults.Paging;
using Suite.Testing;

namespace Suite.Gateway.Tests;

public sealed class GatewayRestTests(SchedulingBehindGateway suite)
{
    private static object NewAgent(string employeeNumber) => new
    {
        employeeNumber,
        displayName = "Zhao Lei",
        team = "Douyin after-sales",
        level = "customer-service",
        skills = new[] { "after-sales" },
        hiredOn = "2026-11-02",
    };

    private static string NewCorrelationId() => $"gw-test-{Guid.NewGuid():N}";

    [Fact]
    public async Task Hiring_through_the_gateway_stores_the_agent_in_Scheduling_and_reads_it_back()
    {
        var tenant = $"tenant-{Guid.NewGuid():N}";
        var supervisor = suite.ClientFor(tenant, SuiteRoles.Supervisor);

        var created = await supervisor.PostAsJsonAsync("/api/scheduling/agents", NewAgent("GW-001"));

        Assert.True(HttpStatusCode.Created == created.StatusCode, await created.Content.ReadAsStringAsync());
        var agent = await created.Content.ReadFromJsonAsync<AgentResponse>(SuiteJson.Options);
        Assert.Equal($"/api/scheduling/agents/{agent!.Id}", created.Headers.Location?.ToString());

        var fetched = await supervisor.GetFromJsonAsync<AgentResponse>($"/api/scheduling/agents/{agent.Id}", SuiteJson.Options);
        var listed = await supervisor.GetFromJsonAsync<PagedResponse<AgentResponse>>("/api/scheduling/agents", SuiteJson.Options);
        Assert.Equal("Zhao Lei", fetched!.DisplayName);
        Assert.Equal([agent.Id], listed!.Items.Select(item => item.Id));
    }

    [Fact]
    public async Task The_service_gets_the_callers_token_unchanged_and_the_correlation_id_comes_back_once()
    {
        var token = TestTokens.For(TestTokens.TenantA, SuiteRoles.Supervisor);
        var correlationId = NewCorrelationId();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/scheduling/agents");
        request.Headers.Add(CorrelationIdMiddleware.HeaderName, correlationId);

        var response = await suite.ClientWithToken(token).SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([correlationId], response.Headers.GetValues(CorrelationIdMiddleware.HeaderName));
        var forwarded = Assert.Single(suite.ReceivedByScheduling.WithCorrelationId(correlationId));
        Assert.Equal("/api/scheduling/agents", forwarded.Path);
        Assert.Equal($"Bearer {token}", forwarded.Authorization);
    }

    [Fact]
    public async Task A_caller_without_a_correlation_id_gets_one_that_the_service_saw_too()
    {
        var response = await suite.ClientFor(TestTokens.TenantA, SuiteRoles.Agent).GetAsync("/api/scheduling/agents");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var correlationId = Assert.Single(response.Headers.GetValues(CorrelationIdMiddleware.HeaderName));
        Assert.Single(suite.ReceivedByScheduling.WithCorrelationId(correlationId));
    }

    public static TheoryData<string, string?> RefusedTokens => new()
    {
        { "none", null },
        { "expired", TestTokens.Expired(TestTokens.TenantA, SuiteRoles.Supervisor) },
        { "forged", TestTokens.SignedWithAnotherKey(TestTokens.TenantA, SuiteRoles.Supervisor) },
        { "not a JWT", "not-a-token" },
    };

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task Calls_without_a_valid_token_are_refused_at_the_gateway_with_a_401_problem(string what, string? token)
    {
        var correlationId = NewCorrelationId();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/scheduling/agents");
        request.Headers.Add(CorrelationIdMiddleware.HeaderName, correlationId);

        var response = await suite.ClientWithToken(token).SendAsync(request);

        Assert.True(HttpStatusCode.Unauthorized == response.StatusCode, $"{what}: {response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(SuiteJson.Options);
        Assert.Equal(StatusCodes.Status401Unauthorized, problem!.Status);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Empty(suite.ReceivedByScheduling.WithCorrelationId(correlationId));
    }

    [Fact]
    public async Task The_OpenAPI_document_of_a_service_is_public_through_the_gateway()
    {
        var response = await suite.AnonymousClient().GetAsync("/openapi/scheduling.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.Content.ReadAsStringAsync();
        Assert.Contains("/api/scheduling/agents", document);
        Assert.Contains("bearer", document);
    }

    [Fact]
    public async Task The_API_reference_is_public_and_lists_every_services_document_with_bearer_auth()
    {
        var anonymous = suite.AnonymousClient();

        var page = await anonymous.GetAsync("/scalar/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        foreach (var service in new[] { "scheduling", "training", "quality", "complaints" })
        {
            Assert.Contains($"\"url\":\"openapi/{service}.json\"", html);
        }

        Assert.Contains("Bearer", html);
        Assert.Contains(suite.GatewayHttp.Authority, html);
    }

    [Fact]
    public async Task Health_is_public()
    {
        var anonymous = suite.AnonymousClient();

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task A_service_that_cannot_be_reached_is_a_502_problem_naming_it()
    {
        var correlationId = NewCorrelationId();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/training/courses");
        request.Headers.Add(CorrelationIdMiddleware.HeaderName, correlationId);

        var response = await suite.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor).SendAsync(request);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(SuiteJson.Options);
        Assert.Equal(StatusCodes.Status502BadGateway, problem!.Status);
        Assert.Contains("training", problem.Title);
        Assert.Equal([correlationId], response.Headers.GetValues(CorrelationIdMiddleware.HeaderName));
    }

    [Fact]
    public async Task Paths_no_route_claims_are_not_forwarded()
    {
        var response = await suite.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor).GetAsync("/api/payroll/agents");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
