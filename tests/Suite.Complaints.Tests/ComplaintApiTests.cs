using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Suite.Complaints.Api;
using Suite.ServiceDefaults.Paging;
using Suite.Complaints.Domain;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;

namespace Suite.Complaints.Tests;

public sealed class ComplaintApiTests(SchedulingFixture scheduling) : IClassFixture<SchedulingFixture>
{
    private const string Complaints = "/api/complaints/complaints";

    [Fact]
    public async Task Invalid_details_are_a_validation_problem_naming_each_field()
    {
        await using var complaints = scheduling.Complaints();
        var body = ComplaintBodies.Valid();
        body.Remove("channel");
        body.Remove("category");
        body["platform"] = "";
        body["storeCode"] = new string('s', 41);
        body["description"] = "   ";
        body["attachments"] = Enumerable.Range(0, 21).Select(i => $"evidence-{i}").ToArray();

        var response = await complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor).PostAsJsonAsync(Complaints, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options);
        Assert.Equal(["attachments", "category", "channel", "description", "platform", "storeCode"], problem!.Errors.Keys.Order());
        Assert.Equal((0, 0), await SchedulingFixture.CountRowsAsync(complaints));
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("[]")]
    [InlineData("{\"channel\":\"fax\",\"platform\":\"jd\",\"storeCode\":\"JD-1\",\"customerReference\":\"c\",\"category\":\"logistics\",\"description\":\"d\"}")]
    [InlineData("{\"channel\":\"chat\",\"platform\":\"jd\",\"storeCode\":\"JD-1\",\"customerReference\":\"c\",\"category\":\"rudeness\",\"description\":\"d\"}")]
    [InlineData("{\"channel\":\"chat\",\"platform\":\"jd\",\"storeCode\":\"JD-1\",\"customerReference\":\"c\",\"category\":\"logistics\",\"severity\":\"p9\",\"description\":\"d\"}")]
    [InlineData("{\"channel\":1,\"platform\":\"jd\",\"storeCode\":\"JD-1\",\"customerReference\":\"c\",\"category\":\"logistics\",\"description\":\"d\"}")]
    [InlineData("{\"channel\":\"chat\",\"platform\":\"jd\",\"storeCode\":\"JD-1\",\"customerReference\":\"c\",\"category\":\"logistics\",\"description\":\"d\",\"agentId\":\"agent-7\"}")]
    [InlineData("{\"channel\":\"chat\",\"platform\":\"jd\",\"storeCode\":\"JD-1\",\"customerReference\":\"c\",\"category\":\"logistics\",\"description\":\"d\",\"attachments\":\"a.png\"}")]
    public async Task Malformed_bodies_are_a_400_problem(string body)
    {
        await using var complaints = scheduling.Complaints();

        var response = await complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor)
            .PostAsync(Complaints, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(SuiteJson.Options);
        Assert.False(string.IsNullOrWhiteSpace(problem!.Detail));
        Assert.Equal((0, 0), await SchedulingFixture.CountRowsAsync(complaints));
    }

    [Fact]
    public async Task An_explicit_severity_overrides_the_category_default()
    {
        await using var complaints = scheduling.Complaints();

        var response = await complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor)
            .PostAsJsonAsync(Complaints, ComplaintBodies.Valid(category: "service-attitude", severity: "p4"));

        var complaint = await response.Content.ReadFromJsonAsync<ComplaintResponse>(SuiteJson.Options);
        Assert.Equal(ComplaintSeverity.P4, complaint!.Severity);
    }

    [Fact]
    public async Task Listing_filters_and_pages_newest_first()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var agentId = await scheduling.HireAgentAsync(TestTokens.TenantA);
        await using var complaints = scheduling.Complaints(services => services.AddSingleton<TimeProvider>(clock));
        var client = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor);
        var filed = new List<Guid>();
        foreach (var (agent, category) in new (Guid?, string)[]
                 {
                     (agentId, "service-attitude"), (null, "logistics"), (agentId, "bad-review"), (agentId, "service-attitude"), (null, "service-attitude"),
                 })
        {
            var response = await client.PostAsJsonAsync(Complaints, ComplaintBodies.Valid(agent, category));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            filed.Add((await response.Content.ReadFromJsonAsync<ComplaintResponse>(SuiteJson.Options))!.Id);
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        var all = await client.GetFromJsonAsync<PagedResponse<ComplaintResponse>>($"{Complaints}?pageSize=2&page=2", SuiteJson.Options);
        var againstAgent = await client.GetFromJsonAsync<PagedResponse<ComplaintResponse>>(
            $"{Complaints}?agentId={agentId}&category=service-attitude&status=new", SuiteJson.Options);
        var resolved = await client.GetFromJsonAsync<PagedResponse<ComplaintResponse>>($"{Complaints}?status=resolved", SuiteJson.Options);

        Assert.Equal(5, all!.Total);
        Assert.Equal([filed[2], filed[1]], all.Items.Select(complaint => complaint.Id));
        Assert.Equal(2, againstAgent!.Total);
        Assert.Equal([filed[3], filed[0]], againstAgent.Items.Select(complaint => complaint.Id));
        Assert.Equal(0, resolved!.Total);
    }

    [Theory]
    [InlineData("?pageSize=201", "pageSize")]
    [InlineData("?pageSize=0", "pageSize")]
    [InlineData("?page=0", "page")]
    [InlineData("?status=wizard", "status")]
    [InlineData("?status=Resolved", "status")]
    [InlineData("?category=3", "category")]
    public async Task Bad_list_filters_are_a_validation_problem_naming_the_parameter(string query, string field)
    {
        await using var complaints = scheduling.Complaints();

        var response = await complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor).GetAsync(Complaints + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options);
        Assert.Equal([field], problem!.Errors.Keys);
    }

    [Fact]
    public async Task An_agent_id_that_is_not_an_id_is_a_400()
    {
        await using var complaints = scheduling.Complaints();

        var response = await complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor).GetAsync($"{Complaints}?agentId=agent-7");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Another_tenants_complaint_is_not_found()
    {
        await using var complaints = scheduling.Complaints();
        var created = await complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor).PostAsJsonAsync(Complaints, ComplaintBodies.Valid());
        var complaint = await created.Content.ReadFromJsonAsync<ComplaintResponse>(SuiteJson.Options);
        var tenantB = complaints.ClientFor(TestTokens.TenantB, SuiteRoles.Supervisor);

        var response = await tenantB.GetAsync($"{Complaints}/{complaint!.Id}");
        var list = await tenantB.GetFromJsonAsync<PagedResponse<ComplaintResponse>>(Complaints, SuiteJson.Options);
        var unknown = await tenantB.GetAsync($"{Complaints}/{Guid.CreateVersion7()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, list!.Total);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Callers_need_a_valid_token_and_the_right_role()
    {
        await using var complaints = scheduling.Complaints();
        var anonymous = await complaints.AnonymousClient().GetAsync(Complaints);
        var agent = await complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Agent).PostAsJsonAsync(Complaints, ComplaintBodies.Valid());
        var expired = complaints.CreateClient();
        expired.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Expired(TestTokens.TenantA, SuiteRoles.Supervisor));
        var forged = complaints.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.SignedWithAnotherKey(TestTokens.TenantA, SuiteRoles.Supervisor));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, agent.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await expired.PostAsJsonAsync(Complaints, ComplaintBodies.Valid())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.PostAsJsonAsync(Complaints, ComplaintBodies.Valid())).StatusCode);
        Assert.Equal((0, 0), await SchedulingFixture.CountRowsAsync(complaints));
    }

    [Fact]
    public async Task A_token_without_a_subject_cannot_file_because_the_filer_must_be_recorded()
    {
        await using var complaints = scheduling.Complaints();
        var client = complaints.CreateClient();
        var token = new DevelopmentTokenIssuer(TestTokens.Options, TimeProvider.System).Issue("", TestTokens.TenantA, [SuiteRoles.Integrator]);
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);

        var response = await client.PostAsJsonAsync(Complaints, ComplaintBodies.Valid());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal((0, 0), await SchedulingFixture.CountRowsAsync(complaints));
    }

    [Fact]
    public async Task Health_and_the_OpenAPI_document_are_public()
    {
        await using var complaints = scheduling.Complaints();
        var client = complaints.AnonymousClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        var document = await client.GetStringAsync("/openapi/complaints.json");
        Assert.Contains("/api/complaints/complaints", document);
        Assert.Contains("platform-ticket", document);
        Assert.Contains("bearer", document);
    }
}
