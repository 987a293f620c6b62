using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;
using Suite.Training.Api;
using Suite.Training.Domain;

namespace Suite.Training.Tests;

public sealed class LearningPathApiTests : IAsyncLifetime
{
    private readonly TrainingHost _training = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _training.DisposeAsync();

    private static object NewPath(string name = "Red-line refresher", string kind = "remedial", int dueAfterDays = 7, bool isDefaultOnboarding = false) => new
    {
        name,
        description = "Platform rules and red lines, after a QA red-line hit.",
        kind,
        dueAfterDays,
        isDefaultOnboarding,
    };

    [Fact]
    public async Task Creating_a_learning_path_stores_it_with_kebab_case_kind()
    {
        var response = await _training.Supervisor().PostAsJsonAsync("/api/training/learning-paths", NewPath(), Cancel);

        Assert.True(HttpStatusCode.Created == response.StatusCode, await response.Content.ReadAsStringAsync(Cancel));
        Assert.Contains("\"kind\":\"remedial\"", await response.Content.ReadAsStringAsync(Cancel));
        var path = await response.Content.ReadFromJsonAsync<LearningPathResponse>(SuiteJson.Options, Cancel);
        Assert.Equal($"/api/training/learning-paths/{path!.Id}", response.Headers.Location?.ToString());

        var fetched = await _training.Agent().GetFromJsonAsync<LearningPathResponse>($"/api/training/learning-paths/{path.Id}", SuiteJson.Options, Cancel);
        // SQLite keeps instants to 100 µs (the shared DateTimeOffset converter), so the stored time may be a hair earlier.
        Assert.Equal(path with { CreatedAt = fetched!.CreatedAt }, fetched);
        Assert.True(path.CreatedAt - fetched.CreatedAt < TimeSpan.FromMilliseconds(1));
        Assert.Equal(LearningPathKind.Remedial, fetched.Kind);
        Assert.Equal(7, fetched.DueAfterDays);
        Assert.False(fetched.IsDefaultOnboarding);
    }

    [Fact]
    public async Task Designating_a_new_default_onboarding_path_undefaults_the_previous_one()
    {
        var first = await _training.CreatePathAsync(NewPath("Onboarding 2026", "onboarding", 30, isDefaultOnboarding: true));
        var second = await _training.CreatePathAsync(NewPath("Onboarding 2027", "onboarding", 21, isDefaultOnboarding: true));
        await _training.CreatePathAsync(NewPath("Advanced after-sales", "advanced", 60));

        var paths = await _training.LearningPathsAsync();

        Assert.True(second.IsDefaultOnboarding);
        Assert.Equal(["Advanced after-sales", "Onboarding 2026", "Onboarding 2027"], paths.Select(path => path.Name));
        Assert.Equal(second.Id, Assert.Single(paths, path => path.IsDefaultOnboarding).Id);
        Assert.False(paths.Single(path => path.Id == first.Id).IsDefaultOnboarding);
    }

    [Fact]
    public async Task Designating_a_default_in_one_tenant_leaves_another_tenants_default_alone()
    {
        var tenantA = await _training.CreatePathAsync(NewPath("Onboarding A", "onboarding", 30, isDefaultOnboarding: true), TestTokens.TenantA);

        await _training.CreatePathAsync(NewPath("Onboarding B", "onboarding", 30, isDefaultOnboarding: true), TestTokens.TenantB);

        Assert.True(Assert.Single(await _training.LearningPathsAsync(TestTokens.TenantA)).IsDefaultOnboarding);
        Assert.Equal(tenantA.Id, Assert.Single(await _training.LearningPathsAsync(TestTokens.TenantA)).Id);
    }

    [Fact]
    public async Task Invalid_details_are_a_validation_problem_naming_each_field_and_write_nothing()
    {
        var response = await _training.Supervisor().PostAsJsonAsync("/api/training/learning-paths",
            new { name = " ", description = new string('d', 2001), kind = "advanced", dueAfterDays = 400, isDefaultOnboarding = true }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel);
        Assert.Equal(["description", "dueAfterDays", "isDefaultOnboarding", "name"], problem!.Errors.Keys.Order());
        Assert.Equal((0, 0, 0), await _training.CountRowsAsync());
    }

    [Fact]
    public async Task Leaving_out_the_kind_and_days_is_a_validation_problem_not_a_default()
    {
        var response = await _training.Supervisor().PostAsJsonAsync("/api/training/learning-paths", new { name = "Unfinished" }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel);
        Assert.Equal(["dueAfterDays", "kind"], problem!.Errors.Keys.Order());
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("[]")]
    [InlineData("{\"name\":\"X\",\"kind\":\"wizardry\",\"dueAfterDays\":30}")]
    [InlineData("{\"name\":\"X\",\"kind\":1,\"dueAfterDays\":30}")]
    [InlineData("{\"name\":\"X\",\"kind\":\"onboarding\",\"dueAfterDays\":\"30\"}")]
    [InlineData("{\"name\":\"X\",\"kind\":\"onboarding\",\"dueAfterDays\":30.5}")]
    [InlineData("{\"name\":12,\"kind\":\"onboarding\",\"dueAfterDays\":30}")]
    [InlineData("{\"name\":\"X\",\"kind\":\"onboarding\",\"dueAfterDays\":30,\"isDefaultOnboarding\":\"yes\"}")]
    public async Task Malformed_bodies_are_a_400_problem_and_write_nothing(string body)
    {
        var response = await _training.Supervisor().PostAsync("/api/training/learning-paths",
            new StringContent(body, Encoding.UTF8, "application/json"), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(SuiteJson.Options, Cancel);
        Assert.False(string.IsNullOrWhiteSpace(problem!.Detail));
        Assert.Equal((0, 0, 0), await _training.CountRowsAsync());
    }

    [Fact]
    public async Task An_unknown_id_is_not_found()
    {
        var response = await _training.Agent().GetAsync($"/api/training/learning-paths/{Guid.CreateVersion7()}", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Another_tenants_learning_path_is_neither_found_nor_listed()
    {
        var path = await _training.CreatePathAsync(NewPath(), TestTokens.TenantA);

        var response = await _training.Supervisor(TestTokens.TenantB).GetAsync($"/api/training/learning-paths/{path.Id}", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await _training.LearningPathsAsync(TestTokens.TenantB));
    }

    [Fact]
    public async Task Anyone_in_the_tenant_may_read_but_only_management_may_create()
    {
        var anonymous = await _training.Factory.AnonymousClient().GetAsync("/api/training/learning-paths", Cancel);
        var agent = await _training.Agent().PostAsJsonAsync("/api/training/learning-paths", NewPath(), Cancel);
        var integrator = await _training.Factory.ClientFor(TestTokens.TenantA, SuiteRoles.Integrator)
            .PostAsJsonAsync("/api/training/learning-paths", NewPath(), Cancel);
        var teamLeader = await _training.Factory.ClientFor(TestTokens.TenantA, SuiteRoles.TeamLeader)
            .PostAsJsonAsync("/api/training/learning-paths", NewPath(), Cancel);
        var expired = _training.Factory.CreateClient();
        expired.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Expired(TestTokens.TenantA, SuiteRoles.Supervisor));
        var forged = _training.Factory.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.SignedWithAnotherKey(TestTokens.TenantA, SuiteRoles.Supervisor));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, agent.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, integrator.StatusCode);
        Assert.Equal(HttpStatusCode.Created, teamLeader.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _training.Agent().GetAsync("/api/training/learning-paths", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await expired.GetAsync("/api/training/learning-paths", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/training/learning-paths", Cancel)).StatusCode);
    }

    [Fact]
    public async Task Health_and_the_OpenAPI_document_are_public()
    {
        var client = _training.Factory.AnonymousClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready", Cancel)).StatusCode);
        var document = await client.GetStringAsync("/openapi/training.json", Cancel);
        Assert.Contains("/api/training/learning-paths", document);
        Assert.Contains("/api/training/agents/{agentId}/enrolments", document);
        Assert.Contains("recertification", document);
        Assert.Contains("not-started", document);
        Assert.Contains("bearer", document);
    }
}
