using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Suite.Quality.Api;
using Suite.Quality.Domain;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Paging;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;
using static Suite.Quality.Tests.TranscriptBatches;

namespace Suite.Quality.Tests;

public sealed class CalibrationApiTests : IAsyncLifetime
{
    private readonly QualityHost _quality = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _quality.DisposeAsync();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static string Subject(string role) => $"user-{TestTokens.TenantA}-{role}";

    private HttpClient As(string role, string tenant = TestTokens.TenantA) => _quality.Factory.ClientFor(tenant, role);

    private static Dictionary<string, string> Answers(params (string Key, string Outcome)[] except)
    {
        var answers = new Dictionary<string, string>
        {
            ["greeting"] = "met", ["courtesy"] = "met", ["no-abuse"] = "met",
            ["recommendation"] = "met", ["accuracy"] = "met", ["no-false-promise"] = "met",
        };
        foreach (var (key, outcome) in except)
        {
            answers[key] = outcome;
        }

        return answers;
    }

    private async Task<(Guid ConversationId, Guid ScorecardId)> ArrangeAsync()
    {
        var ingested = await As(SuiteRoles.Integrator)
            .PostAsJsonAsync("/api/quality/conversations/batch", Batch(Courteous("CAL-1", Guid.CreateVersion7())), SuiteJson.Options, Cancellation);
        var conversationId = (await ingested.Content.ReadFromJsonAsync<IngestConversationsResponse>(SuiteJson.Options, Cancellation))!.Created[0].Id;
        var scorecard = await ScorecardApiTests.CreateAsync(As(SuiteRoles.Manager), ScorecardApiTests.PreSalesRequest());
        return (conversationId, scorecard.Id);
    }

    private async Task<CalibrationSessionResponse> OpenAsync(params string[] evaluatorRoles)
    {
        var (conversationId, scorecardId) = await ArrangeAsync();
        var response = await As(SuiteRoles.Manager).PostAsJsonAsync("/api/quality/calibrations", new
        {
            conversationId,
            scorecardId,
            evaluatorIds = evaluatorRoles.Select(Subject).ToArray(),
            referenceEvaluatorId = Subject(evaluatorRoles[0]),
        }, SuiteJson.Options, Cancellation);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CalibrationSessionResponse>(SuiteJson.Options, Cancellation))!;
    }

    private async Task<HttpResponseMessage> ScoreAsync(Guid sessionId, string role, object answers) =>
        await As(role).PostAsJsonAsync($"/api/quality/calibrations/{sessionId}/scorings", new { answers }, SuiteJson.Options, Cancellation);

    [Fact]
    public async Task Three_evaluators_score_blind_and_the_closed_session_reports_fleiss_kappa()
    {
        var session = await OpenAsync(SuiteRoles.Manager, SuiteRoles.Supervisor, SuiteRoles.TeamLeader);
        var path = $"/api/quality/calibrations/{session.Id}";

        Assert.Equal(HttpStatusCode.OK, (await ScoreAsync(session.Id, SuiteRoles.Manager, Answers())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ScoreAsync(session.Id, SuiteRoles.Supervisor, Answers(("courtesy", "not-met")))).StatusCode);
        var blind = await As(SuiteRoles.Manager).GetStringAsync(path, Cancellation);
        var earlyReport = await As(SuiteRoles.Manager).GetAsync($"{path}/report", Cancellation);
        var earlyClose = await As(SuiteRoles.Manager).PostAsync($"{path}/close", null, Cancellation);
        var third = Answers(("greeting", "not-applicable"), ("courtesy", "not-met"));
        third["upsell"] = "met";
        Assert.Equal(HttpStatusCode.OK, (await ScoreAsync(session.Id, SuiteRoles.TeamLeader, third)).StatusCode);
        var closed = await As(SuiteRoles.Manager).PostAsync($"{path}/close", null, Cancellation);
        var report = await As(SuiteRoles.Supervisor).GetFromJsonAsync<CalibrationReport>($"{path}/report", SuiteJson.Options, Cancellation);

        Assert.DoesNotContain("not-met", blind);
        Assert.Contains(Subject(SuiteRoles.Supervisor), blind);
        Assert.Equal(HttpStatusCode.Conflict, earlyReport.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, earlyClose.StatusCode);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal((CalibrationReport.Fleiss, 6), (report!.KappaMethod, report.KappaSubjects));
        Assert.Equal(0.3571429, report.Kappa!.Value, 6);
        Assert.Equal((80m, 100m), (report.ScoreMin, report.ScoreMax));
        Assert.Equal([-20m, -16.67m], report.AgreementWithReference.Select(agreement => agreement.ScoreDifference));
        Assert.Empty((await As(SuiteRoles.Manager).GetFromJsonAsync<PagedResponse<EvaluationResponse>>("/api/quality/evaluations", SuiteJson.Options, Cancellation))!.Items);
    }

    [Fact]
    public async Task Only_invited_evaluators_score_once_each_and_only_while_open()
    {
        var session = await OpenAsync(SuiteRoles.Manager, SuiteRoles.Supervisor);

        var outsider = await ScoreAsync(session.Id, SuiteRoles.Admin, Answers());
        var badAnswers = await ScoreAsync(session.Id, SuiteRoles.Manager, new { courtesy = "met" });
        await ScoreAsync(session.Id, SuiteRoles.Manager, Answers());
        var twice = await ScoreAsync(session.Id, SuiteRoles.Manager, Answers());
        await ScoreAsync(session.Id, SuiteRoles.Supervisor, Answers(("accuracy", "not-met")));
        var closed = await As(SuiteRoles.Manager).PostAsync($"/api/quality/calibrations/{session.Id}/close", null, Cancellation);
        var closedTwice = await As(SuiteRoles.Manager).PostAsync($"/api/quality/calibrations/{session.Id}/close", null, Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, outsider.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badAnswers.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, closedTwice.StatusCode);
        var report = (await closed.Content.ReadFromJsonAsync<CalibrationReport>(SuiteJson.Options, Cancellation))!;
        Assert.Equal(CalibrationReport.Cohen, report.KappaMethod);
    }

    [Fact]
    public async Task Sessions_are_listed_newest_first_by_state_and_period_for_management_only()
    {
        var first = await OpenAsync(SuiteRoles.Manager, SuiteRoles.Supervisor);
        var reopened = await As(SuiteRoles.Manager).PostAsJsonAsync("/api/quality/calibrations", new
        {
            first.ConversationId, first.ScorecardId, evaluatorIds = new[] { Subject(SuiteRoles.Manager), Subject(SuiteRoles.TeamLeader) },
            referenceEvaluatorId = Subject(SuiteRoles.Manager),
        }, SuiteJson.Options, Cancellation);
        var second = (await reopened.Content.ReadFromJsonAsync<CalibrationSessionResponse>(SuiteJson.Options, Cancellation))!;
        await ScoreAsync(first.Id, SuiteRoles.Manager, Answers());
        await ScoreAsync(first.Id, SuiteRoles.Supervisor, Answers(("accuracy", "not-met")));
        await As(SuiteRoles.Manager).PostAsync($"/api/quality/calibrations/{first.Id}/close", null, Cancellation);
        var today = DateOnly.FromDateTime(first.CreatedAt.UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var all = await As(SuiteRoles.Supervisor).GetFromJsonAsync<PagedResponse<CalibrationSessionResponse>>("/api/quality/calibrations", SuiteJson.Options, Cancellation);
        var open = await As(SuiteRoles.Manager).GetFromJsonAsync<PagedResponse<CalibrationSessionResponse>>("/api/quality/calibrations?state=open", SuiteJson.Options, Cancellation);
        var closed = await As(SuiteRoles.Manager).GetFromJsonAsync<PagedResponse<CalibrationSessionResponse>>($"/api/quality/calibrations?state=closed&from={today}&to={today}", SuiteJson.Options, Cancellation);
        var before = await As(SuiteRoles.Manager).GetFromJsonAsync<PagedResponse<CalibrationSessionResponse>>("/api/quality/calibrations?to=2000-01-01", SuiteJson.Options, Cancellation);
        var paged = await As(SuiteRoles.Manager).GetFromJsonAsync<PagedResponse<CalibrationSessionResponse>>("/api/quality/calibrations?page=2&pageSize=1", SuiteJson.Options, Cancellation);
        var invalid = await As(SuiteRoles.Manager).GetAsync("/api/quality/calibrations?state=Closed&from=2026-12-01&to=2026-11-01&page=0&pageSize=0", Cancellation);
        var foreign = await As(SuiteRoles.Manager, TestTokens.TenantB).GetFromJsonAsync<PagedResponse<CalibrationSessionResponse>>("/api/quality/calibrations", SuiteJson.Options, Cancellation);
        var agent = await _quality.Factory.ClientForAgent(TestTokens.TenantA, Guid.CreateVersion7()).GetAsync("/api/quality/calibrations", Cancellation);
        var integrator = await As(SuiteRoles.Integrator).GetAsync("/api/quality/calibrations", Cancellation);

        Assert.Equal([second.Id, first.Id], all!.Items.Select(session => session.Id));
        Assert.Equal(second.Id, Assert.Single(open!.Items).Id);
        var closedOne = Assert.Single(closed!.Items);
        Assert.Equal((first.Id, true, 2), (closedOne.Id, closedOne.IsClosed, closedOne.ScoredBy.Count));
        Assert.Equal(0, before!.Total);
        Assert.Equal((2, first.Id), (paged!.Total, Assert.Single(paged.Items).Id));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = await invalid.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancellation);
        Assert.Equal(["from", "page", "pageSize", "state"], problem!.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0, foreign!.Total);
        Assert.Equal(HttpStatusCode.Forbidden, agent.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, integrator.StatusCode);
    }

    [Fact]
    public async Task The_report_of_a_closed_session_shows_each_evaluators_answer_per_criterion()
    {
        var session = await OpenAsync(SuiteRoles.Manager, SuiteRoles.Supervisor);
        await ScoreAsync(session.Id, SuiteRoles.Manager, Answers());
        await ScoreAsync(session.Id, SuiteRoles.Supervisor, Answers(("accuracy", "not-met")));
        await As(SuiteRoles.Manager).PostAsync($"/api/quality/calibrations/{session.Id}/close", null, Cancellation);

        var report = await As(SuiteRoles.Manager).GetFromJsonAsync<CalibrationReportResponse>($"/api/quality/calibrations/{session.Id}/report", SuiteJson.Options, Cancellation);

        Assert.Equal([Subject(SuiteRoles.Manager), Subject(SuiteRoles.Supervisor)], report!.Evaluators.Select(evaluator => evaluator.EvaluatorId));
        Assert.Equal([true, false], report.Evaluators.Select(evaluator => evaluator.IsReference));
        var supervisor = report.Evaluators[1];
        Assert.Equal(CriterionOutcome.NotMet, supervisor.Answers["accuracy"]);
        Assert.Equal(CriterionOutcome.Met, supervisor.Answers["greeting"]);
        Assert.Equal(CriterionOutcome.NotMet, supervisor.Answers["upsell"]);
        Assert.Equal(report.Criteria.Select(criterion => criterion.Key).Order(StringComparer.Ordinal), supervisor.Answers.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(report.AgreementWithReference.Single().Score, supervisor.Score);
        Assert.Equal(report.ScoreMax, report.Evaluators[0].Score);
    }

    [Fact]
    public async Task An_invalid_session_is_refused_and_foreign_ids_are_not_found()
    {
        var session = await OpenAsync(SuiteRoles.Manager, SuiteRoles.Supervisor);

        var invalid = await As(SuiteRoles.Manager).PostAsJsonAsync("/api/quality/calibrations",
            new { evaluatorIds = new[] { "a", "a" }, referenceEvaluatorId = "b" }, SuiteJson.Options, Cancellation);
        var noReference = await As(SuiteRoles.Manager).PostAsJsonAsync("/api/quality/calibrations",
            new { conversationId = session.ConversationId, scorecardId = session.ScorecardId, evaluatorIds = new[] { "a", "b" }, referenceEvaluatorId = "c" },
            SuiteJson.Options, Cancellation);
        var unknownConversation = await As(SuiteRoles.Manager).PostAsJsonAsync("/api/quality/calibrations",
            new { conversationId = Guid.CreateVersion7(), scorecardId = session.ScorecardId, evaluatorIds = new[] { "a", "b" }, referenceEvaluatorId = "a" },
            SuiteJson.Options, Cancellation);
        var foreign = await As(SuiteRoles.Manager, TestTokens.TenantB).GetAsync($"/api/quality/calibrations/{session.Id}", Cancellation);
        var agent = await As(SuiteRoles.Agent).GetAsync($"/api/quality/calibrations/{session.Id}", Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = await invalid.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancellation);
        Assert.Equal(["conversationId", "evaluatorIds", "scorecardId"], problem!.Errors.Keys.Order(StringComparer.Ordinal));
        var noReferenceProblem = await noReference.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancellation);
        Assert.Equal(["referenceEvaluatorId"], noReferenceProblem!.Errors.Keys);
        Assert.Equal(HttpStatusCode.NotFound, unknownConversation.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, agent.StatusCode);
    }
}
