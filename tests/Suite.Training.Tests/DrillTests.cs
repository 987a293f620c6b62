using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Suite.ServiceDefaults;
using Suite.Testing;
using Suite.Training.Api;
using Suite.Training.Domain;

namespace Suite.Training.Tests;

public sealed class DrillTests : IAsyncLifetime
{
    private readonly CoursewareHost _host = new();
    private readonly Guid _agentId = Guid.CreateVersion7();
    private readonly Guid _evaluatorId = Guid.CreateVersion7();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private static object Scenario(string title = "Parcel lost, customer furious") => new
    {
        title,
        category = "after-sales",
        customerPersona = "A regular buyer, third order this month, angry and threatening a bad review.",
        situation = "The courier marked the parcel delivered; the customer never received it.",
        keyPoints = new[] { "Apologise and acknowledge the frustration", "Check the courier record", "Offer a reship or refund within the platform rules" },
    };

    private Task<ScenarioResponse> CreateScenarioAsync(string tenant = TestTokens.TenantA) =>
        _host.PostAsync<ScenarioResponse>(_host.Supervisor(tenant), "/api/training/scenarios", Scenario());

    private Task<DrillResponse> PairAsync(Guid scenarioId) =>
        _host.PostAsync<DrillResponse>(_host.Supervisor(), "/api/training/drills", new { scenarioId, agentId = _agentId, evaluatorId = _evaluatorId });

    [Fact]
    public async Task A_drill_is_seen_by_its_agent_its_evaluator_and_management_only()
    {
        var drill = await PairAsync((await CreateScenarioAsync()).Id);
        var url = $"/api/training/drills/{drill.Id}";

        Assert.Equal(HttpStatusCode.OK, (await _host.AgentSelf(_agentId).GetAsync(url, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _host.AgentSelf(_evaluatorId).GetAsync(url, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _host.Supervisor().GetAsync(url, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _host.AgentSelf(Guid.CreateVersion7()).GetAsync(url, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _host.AgentSelf(_evaluatorId).GetAsync($"/api/training/agents/{_agentId}/drills", Cancel)).StatusCode);
    }

    [Fact]
    public void Scenario_and_scoring_rules_report_every_problem()
    {
        Assert.Equal(["category", "customerPersona", "keyPoints[1]", "situation", "title"],
            DrillRules.Validate(new NewScenario(" ", (CourseCategory)0, "", "", ["Apologise", " "])).Keys.Order());
        Assert.Equal(["keyPoints"], DrillRules.Validate(new NewScenario("T", CourseCategory.AfterSales, "P", "S", [])).Keys);
        Assert.Equal(["feedback", "pointScores"], DrillRules.ValidateScoring([4], null, 3).Keys.Order());
        Assert.Equal(["pointScores[1]", "pointScores[2]"], DrillRules.ValidateScoring([4, 5, -1], "Good", 3).Keys.Order());
        Assert.Equal(75m, DrillRules.ScorePercent([4, 2, 3]));
    }

    [Fact]
    public async Task A_drill_pairs_an_agent_with_an_evaluator_and_is_scored_once_on_the_rubric()
    {
        var scenario = await CreateScenarioAsync();
        var drill = await PairAsync(scenario.Id);

        var scored = await _host.PostAsync<DrillResponse>(_host.Supervisor(), $"/api/training/drills/{drill.Id}/score",
            new { pointScores = new[] { 4, 2, 3 }, feedback = "Apologised well; check the courier record before promising." });
        var again = await _host.Supervisor().PostAsJsonAsync($"/api/training/drills/{drill.Id}/score", new { pointScores = new[] { 4, 4, 4 }, feedback = "Redo" }, Cancel);
        var history = await _host.AgentSelf(_agentId).GetFromJsonAsync<List<DrillResponse>>($"/api/training/agents/{_agentId}/drills", SuiteJson.Options, Cancel);

        Assert.Equal((DrillStatus.Open, "Parcel lost, customer furious"), (drill.Status, drill.ScenarioTitle));
        Assert.Equal((DrillStatus.Scored, 75m), (scored.Status, scored.ScorePercent!.Value));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var listed = Assert.Single(history!);
        Assert.Equal([4, 2, 3], listed.PointScores);
        Assert.Equal(_evaluatorId, listed.EvaluatorId);
        Assert.Equal(3, (await _host.Agent().GetFromJsonAsync<ScenarioResponse>($"/api/training/scenarios/{scenario.Id}", SuiteJson.Options, Cancel))!.KeyPoints.Count);
    }

    [Fact]
    public async Task Scores_that_do_not_fit_the_rubric_are_a_400_and_leave_the_drill_open()
    {
        var drill = await PairAsync((await CreateScenarioAsync()).Id);

        var response = await _host.Supervisor().PostAsJsonAsync($"/api/training/drills/{drill.Id}/score", new { pointScores = new[] { 4, 9 }, feedback = "" }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["feedback", "pointScores"], (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel))!.Errors.Keys.Order());
        Assert.Equal(DrillStatus.Open, (await _host.AgentSelf(_agentId).GetFromJsonAsync<DrillResponse>($"/api/training/drills/{drill.Id}", SuiteJson.Options, Cancel))!.Status);
    }

    [Fact]
    public async Task Bad_scenarios_and_pairings_are_4xx_and_only_management_writes()
    {
        var scenario = await CreateScenarioAsync();
        var theirs = await CreateScenarioAsync(TestTokens.TenantB);

        var invalid = await _host.Supervisor().PostAsJsonAsync("/api/training/scenarios", new { title = "X", category = "after-sales", keyPoints = Array.Empty<string>() }, Cancel);
        var malformed = await _host.Supervisor().PostAsync("/api/training/scenarios", new StringContent("{\"title\":\"X\",\"category\":\"nope\"}", Encoding.UTF8, "application/json"), Cancel);
        var selfEvaluated = await _host.Supervisor().PostAsJsonAsync("/api/training/drills", new { scenarioId = scenario.Id, agentId = _agentId, evaluatorId = _agentId }, Cancel);
        var otherTenantScenario = await _host.Supervisor().PostAsJsonAsync("/api/training/drills", new { scenarioId = theirs.Id, agentId = _agentId, evaluatorId = _evaluatorId }, Cancel);
        var byAgent = await _host.Agent().PostAsJsonAsync("/api/training/scenarios", Scenario(), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(["customerPersona", "keyPoints", "situation"], (await invalid.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel))!.Errors.Keys.Order());
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, selfEvaluated.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherTenantScenario.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byAgent.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _host.Agent(TestTokens.TenantB).GetAsync($"/api/training/scenarios/{scenario.Id}", Cancel)).StatusCode);
    }
}
