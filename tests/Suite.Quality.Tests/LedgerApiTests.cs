using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Suite.Quality.Api;
using Suite.Quality.Domain;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Paging;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;

namespace Suite.Quality.Tests;

public sealed class LedgerApiTests : IAsyncLifetime
{
    private readonly QualityHost _quality = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _quality.DisposeAsync();

    private HttpClient Supervisor(string tenant = TestTokens.TenantA) => _quality.Factory.ClientFor(tenant, SuiteRoles.Supervisor);

    private static DateTimeOffset Utc(int month, int day, int hour = 12, int minute = 0) =>
        new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    private async Task<PagedResponse<LedgerEntryResponse>> LedgerPage(Guid agentId, string query = "", string tenant = TestTokens.TenantA) =>
        (await Supervisor(tenant).GetFromJsonAsync<PagedResponse<LedgerEntryResponse>>(
            $"/api/quality/agents/{agentId}/ledger{query}", SuiteJson.Options, TestContext.Current.CancellationToken))!;

    [Fact]
    public async Task An_agents_ledger_is_newest_first_a_page_at_a_time()
    {
        var agentId = Guid.CreateVersion7();
        await _quality.DeliverAsync(
            Complaints.Filed(TestTokens.TenantA, agentId, Utc(11, 3), storeCode: "S-3"),
            Complaints.Filed(TestTokens.TenantA, agentId, Utc(11, 1), storeCode: "S-1"),
            Complaints.Filed(TestTokens.TenantA, agentId, Utc(11, 2), storeCode: "S-2"),
            Complaints.Filed(TestTokens.TenantA, Guid.CreateVersion7(), Utc(11, 4), storeCode: "OTHER-AGENT"));

        var first = await LedgerPage(agentId, "?pageSize=2");
        var second = await LedgerPage(agentId, "?pageSize=2&page=2");

        Assert.Equal((3, 1, 2), (first.Total, first.Page, first.PageSize));
        Assert.Equal(["S-3", "S-2"], first.Items.Select(entry => entry.StoreCode));
        Assert.Equal(["S-1"], second.Items.Select(entry => entry.StoreCode));
        Assert.All(first.Items, entry => Assert.Equal(agentId, entry.AgentId));
    }

    [Fact]
    public async Task Entries_carry_the_complaint_facts_with_kebab_case_kinds()
    {
        var agentId = Guid.CreateVersion7();
        var filed = Complaints.Filed(TestTokens.TenantA, agentId, Utc(11, 20, 8, 30));
        await _quality.DeliverAsync(filed);

        var json = await Supervisor().GetStringAsync($"/api/quality/agents/{agentId}/ledger", TestContext.Current.CancellationToken);
        var entry = JsonDocument.Parse(json).RootElement.GetProperty("items")[0];

        Assert.Equal("complaint-filed", entry.GetProperty("kind").GetString());
        Assert.Equal(filed.ComplaintId, entry.GetProperty("sourceId").GetGuid());
        Assert.Equal("Complaint filed: late delivery, severity major, store TM-001", entry.GetProperty("summary").GetString());
        Assert.Equal("major", entry.GetProperty("severity").GetString());
        Assert.Equal("late delivery", entry.GetProperty("category").GetString());
        Assert.Equal("TM-001", entry.GetProperty("storeCode").GetString());
        Assert.Equal(Utc(11, 20, 8, 30), entry.GetProperty("occurredAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task From_and_to_are_whole_utc_days_both_included()
    {
        var agentId = Guid.CreateVersion7();
        await _quality.DeliverAsync(
            Complaints.Filed(TestTokens.TenantA, agentId, Utc(10, 31, 23, 59), storeCode: "OCT-31"),
            Complaints.Filed(TestTokens.TenantA, agentId, Utc(11, 1, 0, 0), storeCode: "NOV-01"),
            Complaints.Filed(TestTokens.TenantA, agentId, Utc(11, 30, 23, 59), storeCode: "NOV-30"),
            Complaints.Filed(TestTokens.TenantA, agentId, Utc(12, 1, 0, 0), storeCode: "DEC-01"));

        var november = await LedgerPage(agentId, "?from=2026-11-01&to=2026-11-30");
        var fromDecember = await LedgerPage(agentId, "?from=2026-12-01");
        var untilOctober = await LedgerPage(agentId, "?to=2026-10-31");
        var oneDay = await LedgerPage(agentId, "?from=2026-11-01&to=2026-11-01");

        Assert.Equal(["NOV-30", "NOV-01"], november.Items.Select(entry => entry.StoreCode));
        Assert.Equal(2, november.Total);
        Assert.Equal(["DEC-01"], fromDecember.Items.Select(entry => entry.StoreCode));
        Assert.Equal(["OCT-31"], untilOctober.Items.Select(entry => entry.StoreCode));
        Assert.Equal(["NOV-01"], oneDay.Items.Select(entry => entry.StoreCode));
    }

    [Fact]
    public async Task An_agent_with_nothing_on_the_ledger_has_an_empty_page()
    {
        var response = await Supervisor().GetAsync($"/api/quality/agents/{Guid.CreateVersion7()}/ledger", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadFromJsonAsync<PagedResponse<LedgerEntryResponse>>(SuiteJson.Options, TestContext.Current.CancellationToken);
        Assert.Equal(0, page!.Total);
        Assert.Empty(page.Items);
    }

    [Fact]
    public async Task One_entry_is_found_by_id_within_its_tenant_only()
    {
        var agentId = Guid.CreateVersion7();
        await _quality.DeliverAsync(Complaints.Filed(TestTokens.TenantA, agentId));
        var listed = Assert.Single((await LedgerPage(agentId)).Items);

        var own = await Supervisor().GetFromJsonAsync<LedgerEntryResponse>(
            $"/api/quality/ledger-entries/{listed.Id}", SuiteJson.Options, TestContext.Current.CancellationToken);
        var otherTenant = await Supervisor(TestTokens.TenantB).GetAsync($"/api/quality/ledger-entries/{listed.Id}", TestContext.Current.CancellationToken);
        var otherTenantsLedger = await LedgerPage(agentId, tenant: TestTokens.TenantB);
        var unknown = await Supervisor().GetAsync($"/api/quality/ledger-entries/{Guid.CreateVersion7()}", TestContext.Current.CancellationToken);

        Assert.Equal(listed, own);
        Assert.Equal(HttpStatusCode.NotFound, otherTenant.StatusCode);
        Assert.Equal("application/problem+json", otherTenant.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, otherTenantsLedger.Total);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [InlineData("?from=2026-11-02&to=2026-11-01", "from")]
    [InlineData("?page=0", "page")]
    [InlineData("?pageSize=0", "pageSize")]
    [InlineData("?pageSize=201", "pageSize")]
    public async Task An_invalid_query_is_a_validation_problem_naming_the_field(string query, string field)
    {
        var response = await Supervisor().GetAsync($"/api/quality/agents/{Guid.CreateVersion7()}/ledger{query}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, TestContext.Current.CancellationToken);
        Assert.Equal([field], problem!.Errors.Keys);
    }

    [Fact]
    public async Task Every_problem_of_a_query_is_reported_at_once()
    {
        var response = await Supervisor().GetAsync(
            $"/api/quality/agents/{Guid.CreateVersion7()}/ledger?from=2026-12-01&to=2026-11-01&page=-1&pageSize=1000",
            TestContext.Current.CancellationToken);

        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, TestContext.Current.CancellationToken);
        Assert.Equal(["from", "page", "pageSize"], problem!.Errors.Keys.Order());
    }

    [Theory]
    [InlineData("?from=yesterday")]
    [InlineData("?to=2026-13-01")]
    [InlineData("?page=two")]
    [InlineData("?pageSize=99999999999")]
    public async Task Malformed_query_values_are_a_400_problem(string query)
    {
        var response = await Supervisor().GetAsync($"/api/quality/agents/{Guid.CreateVersion7()}/ledger{query}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(SuiteJson.Options, TestContext.Current.CancellationToken);
        Assert.False(string.IsNullOrWhiteSpace(problem!.Detail));
    }

    [Fact]
    public async Task Callers_need_a_valid_token_that_names_a_tenant()
    {
        var agentId = Guid.CreateVersion7();
        var ledger = $"/api/quality/agents/{agentId}/ledger";
        var anonymous = await _quality.Factory.AnonymousClient().GetAsync(ledger, TestContext.Current.CancellationToken);
        var expired = _quality.Factory.CreateClient();
        expired.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Expired(TestTokens.TenantA, SuiteRoles.Supervisor));
        var forged = _quality.Factory.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.SignedWithAnotherKey(TestTokens.TenantA, SuiteRoles.Supervisor));
        var tenantless = _quality.Factory.CreateClient();
        tenantless.DefaultRequestHeaders.Authorization = new("Bearer",
            new DevelopmentTokenIssuer(TestTokens.Options, TimeProvider.System).Issue("user-no-tenant", " ", [SuiteRoles.Supervisor]));
        var agent = _quality.Factory.ClientFor(TestTokens.TenantA, SuiteRoles.Agent);
        var self = _quality.Factory.ClientForAgent(TestTokens.TenantA, agentId);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await expired.GetAsync(ledger, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync(ledger, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await tenantless.GetAsync(ledger, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync(ledger, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await self.GetAsync(ledger, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await _quality.Factory.AnonymousClient().GetAsync($"/api/quality/ledger-entries/{Guid.CreateVersion7()}", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Health_and_the_OpenAPI_document_are_public()
    {
        var client = _quality.Factory.AnonymousClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode);
        var document = await client.GetStringAsync("/openapi/quality.json", TestContext.Current.CancellationToken);
        Assert.Contains("/api/quality/agents/{agentId}/ledger", document);
        Assert.Contains("/api/quality/ledger-entries/{id}", document);
        Assert.Contains("complaint-filed", document);
        Assert.Contains("bearer", document);
    }
}
