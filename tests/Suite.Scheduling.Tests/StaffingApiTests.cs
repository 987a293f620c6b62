using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Suite.Scheduling.Api;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;

namespace Suite.Scheduling.Tests;

public sealed class StaffingApiTests : IAsyncLifetime
{
    private readonly ServiceFactory<Suite.Scheduling.Grpc.SchedulingGrpcService> _service = new(SchedulingModule.Name);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task The_reference_case_answers_with_the_issues_field_names()
    {
        var response = await _service.ClientFor(TestTokens.TenantA, SuiteRoles.Agent).PostAsJsonAsync("/api/scheduling/staffing/erlang-c", new
        {
            contacts = 100, intervalSeconds = 1800, ahtSeconds = 180, serviceLevelTarget = 0.8, serviceLevelSeconds = 20,
            maxOccupancy = 0.9, shrinkage = 0.3, concurrency = 1,
        }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        foreach (var field in new[] { "requiredAgents", "scheduledAgents", "serviceLevel", "averageSpeedOfAnswerSeconds", "occupancy", "waitProbability" })
        {
            Assert.Contains($"\"{field}\":", json);
        }

        var answer = System.Text.Json.JsonSerializer.Deserialize<ErlangCResponse>(json, SuiteJson.Options)!;
        Assert.Equal((14, 20), (answer.RequiredAgents, answer.ScheduledAgents));
        Assert.Equal((0.888, 7.8, 0.714), (Math.Round(answer.ServiceLevel, 3), Math.Round(answer.AverageSpeedOfAnswerSeconds!.Value, 1), Math.Round(answer.Occupancy, 3)));
    }

    [Fact]
    public async Task An_understaffed_head_count_answers_without_an_average_speed_of_answer()
    {
        var response = await _service.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor).PostAsJsonAsync("/api/scheduling/staffing/erlang-c", new
        {
            contacts = 100, intervalSeconds = 1800, ahtSeconds = 180, serviceLevelTarget = 0.8, serviceLevelSeconds = 20, agents = 9,
        }, TestContext.Current.CancellationToken);

        var answer = await response.Content.ReadFromJsonAsync<ErlangCResponse>(SuiteJson.Options, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((9, 14, 0.0, 1.0), (answer!.EvaluatedAgents, answer.RequiredAgents, answer.ServiceLevel, answer.WaitProbability));
        Assert.Null(answer.AverageSpeedOfAnswerSeconds);
    }

    [Fact]
    public async Task Missing_and_out_of_range_fields_are_each_named()
    {
        var response = await _service.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor).PostAsJsonAsync("/api/scheduling/staffing/erlang-c", new
        {
            contacts = -5, serviceLevelTarget = 80, serviceLevelSeconds = 20, maxOccupancy = 1.5, shrinkage = 1, concurrency = 0,
        }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, TestContext.Current.CancellationToken);
        Assert.Equal(
            ["ahtSeconds", "concurrency", "contacts", "intervalSeconds", "maxOccupancy", "serviceLevelTarget", "shrinkage"],
            problem!.Errors.Keys.Order());
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("{\"contacts\":\"NaN\",\"intervalSeconds\":1800,\"ahtSeconds\":180,\"serviceLevelTarget\":0.8,\"serviceLevelSeconds\":20}")]
    [InlineData("{\"contacts\":\"100\",\"intervalSeconds\":1800,\"ahtSeconds\":180,\"serviceLevelTarget\":0.8,\"serviceLevelSeconds\":20}")]
    [InlineData("{\"contacts\":100,\"intervalSeconds\":1800,\"ahtSeconds\":180,\"serviceLevelTarget\":0.8,\"serviceLevelSeconds\":20,\"agents\":1.5}")]
    public async Task Malformed_bodies_and_NaN_are_a_400(string body)
    {
        var response = await _service.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor).PostAsync("/api/scheduling/staffing/erlang-c",
            new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Callers_need_a_token()
    {
        var response = await _service.AnonymousClient().PostAsJsonAsync("/api/scheduling/staffing/erlang-c", new { contacts = 1 }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
