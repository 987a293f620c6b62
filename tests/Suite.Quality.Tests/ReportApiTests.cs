using System.Net;
using System.Net.Http.Json;
using Suite.Quality.Api;
using Suite.Quality.Domain;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;
using static Suite.Quality.Tests.TranscriptBatches;

namespace Suite.Quality.Tests;

public sealed class ReportApiTests : IAsyncLifetime
{
    private const string Period = "from=2026-11-01&to=2026-11-30";

    private readonly QualityHost _quality = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _quality.DisposeAsync();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private HttpClient Manager(string tenant = TestTokens.TenantA) => _quality.Factory.ClientFor(tenant, SuiteRoles.Manager);

    private async Task<List<Guid>> IngestAsync(params object[] conversations)
    {
        var response = await _quality.Factory.ClientFor(TestTokens.TenantA, SuiteRoles.Integrator)
            .PostAsJsonAsync("/api/quality/conversations/batch", Batch(conversations), SuiteJson.Options, Cancellation);
        return (await response.Content.ReadFromJsonAsync<IngestConversationsResponse>(SuiteJson.Options, Cancellation))!.Created.Select(created => created.Id).ToList();
    }

    [Fact]
    public async Task Red_line_hits_are_counted_by_category_and_rule()
    {
        var agentId = Guid.CreateVersion7();
        await IngestAsync(CrossingRedLines("R-1", agentId), CrossingRedLines("R-2", agentId), Courteous("OK-1", agentId));

        var report = await Manager().GetFromJsonAsync<RedLineReport>($"/api/quality/reports/red-line-hits?{Period}", SuiteJson.Options, Cancellation);
        var december = await Manager().GetFromJsonAsync<RedLineReport>("/api/quality/reports/red-line-hits?from=2026-12-01&to=2026-12-31", SuiteJson.Options, Cancellation);
        var otherTenant = await Manager(TestTokens.TenantB).GetFromJsonAsync<RedLineReport>($"/api/quality/reports/red-line-hits?{Period}", SuiteJson.Options, Cancellation);

        Assert.Equal([(RedLineCategory.OffPlatform, 2, 2), (RedLineCategory.AbsoluteAdvertising, 2, 2)],
            report!.Categories.Select(category => (category.Category, category.Hits, category.Conversations)));
        Assert.Equal("全网最", report.Categories.Single(category => category.Category == RedLineCategory.AbsoluteAdvertising).Rules.Single().Rule);
        Assert.Empty(december!.Categories);
        Assert.Empty(otherTenant!.Categories);
    }

    [Fact]
    public async Task Evaluator_workload_and_the_teams_qa_trend_come_from_evaluations()
    {
        Guid member = Guid.CreateVersion7(), outsider = Guid.CreateVersion7();
        var ids = await IngestAsync(CrossingRedLines("T-1", member), CrossingRedLines("T-2", outsider));
        var scorecard = await ScorecardApiTests.CreateAsync(Manager(), ScorecardApiTests.PreSalesRequest("all", channel: null));
        var answers = new Dictionary<string, string>
        {
            ["greeting"] = "met", ["courtesy"] = "met", ["no-abuse"] = "met", ["recommendation"] = "met", ["accuracy"] = "met", ["no-false-promise"] = "met",
        };
        foreach (var conversationId in ids)
        {
            var evaluated = await _quality.Factory.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor)
                .PostAsJsonAsync("/api/quality/evaluations", new { conversationId, scorecardId = scorecard.Id, answers }, SuiteJson.Options, Cancellation);
            Assert.Equal(HttpStatusCode.Created, evaluated.StatusCode);
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var period = $"from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}";
        var workload = await Manager().GetFromJsonAsync<EvaluatorWorkloadReport>($"/api/quality/reports/evaluator-workload?{period}", SuiteJson.Options, Cancellation);
        var team = await Manager().GetFromJsonAsync<QaTrendReport>($"/api/quality/reports/qa-trend?{period}&agentIds={member}", SuiteJson.Options, Cancellation);
        var centre = await Manager().GetFromJsonAsync<QaTrendReport>($"/api/quality/reports/qa-trend?{period}", SuiteJson.Options, Cancellation);

        var supervisor = Assert.Single(workload!.Evaluators);
        Assert.Equal(($"user-{TestTokens.TenantA}-{SuiteRoles.Supervisor}", 2, 0, 0),
            (supervisor.EvaluatorId, supervisor.EvaluationsCompleted, supervisor.DisputesReviewed, supervisor.SpotChecksAssigned));
        Assert.Equal(1, Assert.Single(team!.Months).Evaluations);
        Assert.Equal([member], team.AgentIds);
        Assert.Equal((2, 100m), (Assert.Single(centre!.Months).Evaluations, centre.Months[0].AverageScore));
    }

    [Fact]
    public async Task Reports_need_a_period_and_a_manager()
    {
        var noPeriod = await Manager().GetAsync("/api/quality/reports/red-line-hits", Cancellation);
        var agent = await _quality.Factory.ClientFor(TestTokens.TenantA, SuiteRoles.Agent).GetAsync($"/api/quality/reports/qa-trend?{Period}", Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, noPeriod.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, agent.StatusCode);
    }
}
