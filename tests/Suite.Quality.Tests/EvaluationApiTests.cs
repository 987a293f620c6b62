using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Suite.Contracts.Events;
using Suite.Quality.Api;
using Suite.Quality.Domain;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Paging;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;
using static Suite.Quality.Tests.TranscriptBatches;

namespace Suite.Quality.Tests;

public sealed class EvaluationApiTests : IAsyncLifetime
{
    private readonly QualityHost _quality = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _quality.DisposeAsync();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private HttpClient Supervisor(string tenant = TestTokens.TenantA) => _quality.Factory.ClientFor(tenant, SuiteRoles.Supervisor);

    private HttpClient Manager() => _quality.Factory.ClientFor(TestTokens.TenantA, SuiteRoles.Manager);

    private HttpClient AgentClient(Guid agentId) => _quality.Factory.ClientForAgent(TestTokens.TenantA, agentId);

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

    /// <summary>A flagged conversation (two red-line hits) in store JD-007, channel unset, and a scorecard for it.</summary>
    private async Task<(Guid ConversationId, Guid AgentId, ScorecardResponse Scorecard)> ArrangeAsync()
    {
        var agentId = Guid.CreateVersion7();
        var ingested = await _quality.Factory.ClientFor(TestTokens.TenantA, SuiteRoles.Integrator)
            .PostAsJsonAsync("/api/quality/conversations/batch", Batch(CrossingRedLines("BAD-1", agentId)), SuiteJson.Options, Cancellation);
        var created = (await ingested.Content.ReadFromJsonAsync<IngestConversationsResponse>(SuiteJson.Options, Cancellation))!.Created[0];
        var scorecard = await ScorecardApiTests.CreateAsync(Manager(), ScorecardApiTests.PreSalesRequest("jd-007", channel: null, storeCode: "JD-007"));
        return (created.Id, agentId, scorecard);
    }

    private async Task<EvaluationResponse> EvaluateAsync(Guid conversationId, object answers, Guid? scorecardId = null)
    {
        var response = await Supervisor().PostAsJsonAsync("/api/quality/evaluations",
            new { conversationId, scorecardId, answers, comment = "Quoted the lowest price" }, SuiteJson.Options, Cancellation);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<EvaluationResponse>(SuiteJson.Options, Cancellation))!;
    }

    private async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, object? body = null) =>
        await client.PostAsJsonAsync(path, body ?? new { }, SuiteJson.Options, Cancellation);

    [Fact]
    public async Task An_evaluation_is_scored_against_the_stores_scorecard_and_reported_with_the_red_line_hits()
    {
        var (conversationId, agentId, scorecard) = await ArrangeAsync();

        var evaluation = await EvaluateAsync(conversationId, Answers(("accuracy", "not-met")));

        Assert.Equal((scorecard.Id, agentId, conversationId), (evaluation.ScorecardId, evaluation.AgentId, evaluation.ConversationId));
        Assert.Equal((60m, false, EvaluationStatus.Completed), (evaluation.Score, evaluation.AutoFailed, evaluation.Status));
        Assert.Equal($"user-{TestTokens.TenantA}-{SuiteRoles.Supervisor}", evaluation.EvaluatorId);
        var outbox = Assert.Single(await _quality.Outbox(), message => message.EventType == typeof(EvaluationCompleted).FullName);
        var completed = (EvaluationCompleted)outbox.Deserialize().Message;
        Assert.Equal((evaluation.Id, agentId, conversationId, 60m), (completed.EvaluationId, completed.AgentId, completed.ConversationId, completed.Score));
        Assert.Equal(["absolute-advertising", "off-platform"], completed.RedLineHits.Select(hit => hit.Code));
        Assert.Contains("13812345678", completed.RedLineHits[1].Description);
        Assert.Equal(TestTokens.TenantA, completed.TenantId);
        Assert.Equal(
            [("service", "greeting", "met"), ("service", "courtesy", "met"), ("service", "no-abuse", "met"),
             ("sales", "recommendation", "met"), ("sales", "accuracy", "not-met"), ("sales", "no-false-promise", "met")],
            completed.Criteria!.Select(verdict => (verdict.SectionKey, verdict.CriterionKey, verdict.Outcome)));
    }

    [Fact]
    public async Task Only_the_evaluated_agent_acknowledges_or_disputes()
    {
        var (conversationId, agentId, _) = await ArrangeAsync();
        var evaluation = await EvaluateAsync(conversationId, Answers());
        var path = $"/api/quality/evaluations/{evaluation.Id}";

        var otherAgent = await PostAsync(AgentClient(Guid.CreateVersion7()), $"{path}/acknowledge");
        var otherDisputes = await PostAsync(AgentClient(Guid.CreateVersion7()), $"{path}/dispute", new { reason = "not mine" });
        var agentWithoutId = await PostAsync(_quality.Factory.ClientFor(TestTokens.TenantA, SuiteRoles.Agent), $"{path}/acknowledge");
        var manager = await PostAsync(Manager(), $"{path}/acknowledge");
        var own = await PostAsync(AgentClient(agentId), $"{path}/acknowledge");

        Assert.Equal(HttpStatusCode.Forbidden, otherAgent.StatusCode);
        Assert.Equal("application/problem+json", otherAgent.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, otherDisputes.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, agentWithoutId.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, manager.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task A_failed_red_line_criterion_zeroes_the_evaluation()
    {
        var (conversationId, _, scorecard) = await ArrangeAsync();

        var evaluation = await EvaluateAsync(conversationId, Answers(("no-abuse", "not-met")), scorecard.Id);

        Assert.Equal((0m, true), (evaluation.Score, evaluation.AutoFailed));
        Assert.Equal(["no-abuse"], evaluation.FailedCriticalCriteria);
    }

    [Fact]
    public async Task The_agent_acknowledges_once_and_cannot_dispute_afterwards()
    {
        var (conversationId, agentId, _) = await ArrangeAsync();
        var evaluation = await EvaluateAsync(conversationId, Answers());

        var acknowledged = await PostAsync(AgentClient(agentId), $"/api/quality/evaluations/{evaluation.Id}/acknowledge");
        var again = await PostAsync(AgentClient(agentId), $"/api/quality/evaluations/{evaluation.Id}/acknowledge");
        var dispute = await PostAsync(AgentClient(agentId), $"/api/quality/evaluations/{evaluation.Id}/dispute", new { reason = "late" });

        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Conflict, dispute.StatusCode);
        var read = await Supervisor().GetFromJsonAsync<EvaluationResponse>($"/api/quality/evaluations/{evaluation.Id}", SuiteJson.Options, Cancellation);
        Assert.Equal(EvaluationStatus.Acknowledged, read!.Status);
    }

    [Fact]
    public async Task A_dispute_goes_to_a_second_reviewer_whose_rescoring_is_reported_again()
    {
        var (conversationId, agentId, _) = await ArrangeAsync();
        var evaluation = await EvaluateAsync(conversationId, Answers(("accuracy", "not-met")));
        var path = $"/api/quality/evaluations/{evaluation.Id}";

        var early = await PostAsync(Manager(), $"{path}/review", new { comment = "too early" });
        var disputed = await PostAsync(AgentClient(agentId), $"{path}/dispute", new { reason = "The price was right" });
        var byEvaluator = await PostAsync(Supervisor(), $"{path}/review", new { comment = "I stand by it" });
        var reviewed = await PostAsync(Manager(), $"{path}/review", new { answers = Answers(), comment = "Accurate after all" });
        var twice = await PostAsync(Manager(), $"{path}/review", new { comment = "again" });

        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal(HttpStatusCode.OK, disputed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byEvaluator.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reviewed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        var final = (await reviewed.Content.ReadFromJsonAsync<EvaluationResponse>(SuiteJson.Options, Cancellation))!;
        Assert.Equal((EvaluationStatus.Reviewed, 100m, 60m), (final.Status, final.Score, final.ScoreBeforeReview!.Value));
        Assert.Equal(("The price was right", "Accurate after all"), (final.DisputeReason, final.ReviewComment));
        var events = (await _quality.Outbox()).Where(message => message.EventType == typeof(EvaluationCompleted).FullName)
            .Select(message => (EvaluationCompleted)message.Deserialize().Message).ToList();
        Assert.Equal([60m, 100m], events.Select(completed => completed.Score));
        Assert.All(events, completed => Assert.Equal(evaluation.Id, completed.EvaluationId));
    }

    [Fact]
    public async Task Requests_are_validated_and_unknown_or_foreign_ids_are_not_found()
    {
        var (conversationId, agentId, _) = await ArrangeAsync();
        var evaluation = await EvaluateAsync(conversationId, Answers());

        var invalid = await PostAsync(Supervisor(), "/api/quality/evaluations", new { answers = new Dictionary<string, string>() });
        var badAnswers = await PostAsync(Supervisor(), "/api/quality/evaluations", new { conversationId, answers = new { courtesy = "met" } });
        var unknownConversation = await PostAsync(Supervisor(), "/api/quality/evaluations", new { conversationId = Guid.CreateVersion7(), answers = Answers() });
        var unknownScorecard = await PostAsync(Supervisor(), "/api/quality/evaluations", new { conversationId, scorecardId = Guid.CreateVersion7(), answers = Answers() });
        var noReason = await PostAsync(AgentClient(agentId), $"/api/quality/evaluations/{evaluation.Id}/dispute", new { reason = " " });
        var foreign = await Supervisor(TestTokens.TenantB).GetAsync($"/api/quality/evaluations/{evaluation.Id}", Cancellation);
        var foreignAcknowledge = await PostAsync(_quality.Factory.ClientFor(TestTokens.TenantB, SuiteRoles.Agent), $"/api/quality/evaluations/{evaluation.Id}/acknowledge");

        Assert.Equal(["answers", "conversationId"], (await Problem(invalid)).Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("answers.accuracy", (await Problem(badAnswers)).Errors.Keys);
        Assert.Equal(HttpStatusCode.NotFound, unknownConversation.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownScorecard.StatusCode);
        Assert.Equal(["reason"], (await Problem(noReason)).Errors.Keys);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignAcknowledge.StatusCode);
        Assert.Single((await Supervisor().GetFromJsonAsync<PagedResponse<EvaluationResponse>>("/api/quality/evaluations", SuiteJson.Options, Cancellation))!.Items);
    }

    [Fact]
    public async Task Without_an_applicable_scorecard_the_evaluation_names_the_scorecard_field()
    {
        var agentId = Guid.CreateVersion7();
        var ingested = await _quality.Factory.ClientFor(TestTokens.TenantA, SuiteRoles.Integrator)
            .PostAsJsonAsync("/api/quality/conversations/batch", Batch(Courteous("OK-1", agentId)), SuiteJson.Options, Cancellation);
        var conversationId = (await ingested.Content.ReadFromJsonAsync<IngestConversationsResponse>(SuiteJson.Options, Cancellation))!.Created[0].Id;

        var response = await PostAsync(Supervisor(), "/api/quality/evaluations", new { conversationId, answers = Answers() });

        Assert.Equal(["scorecardId"], (await Problem(response)).Errors.Keys);
    }

    [Fact]
    public async Task Evaluations_are_listed_by_agent_and_status()
    {
        var (conversationId, agentId, _) = await ArrangeAsync();
        var first = await EvaluateAsync(conversationId, Answers());
        await EvaluateAsync(conversationId, Answers(("courtesy", "not-met")));
        await PostAsync(AgentClient(agentId), $"/api/quality/evaluations/{first.Id}/dispute", new { reason = "unfair" });

        var disputed = await Supervisor().GetFromJsonAsync<PagedResponse<EvaluationResponse>>(
            $"/api/quality/evaluations?agentId={agentId}&status=disputed", SuiteJson.Options, Cancellation);
        var badStatus = await Supervisor().GetAsync("/api/quality/evaluations?status=Disputed", Cancellation);

        Assert.Equal(first.Id, Assert.Single(disputed!.Items).Id);
        Assert.Equal(["status"], (await Problem(badStatus)).Errors.Keys);
    }

    [Fact]
    public async Task Only_management_evaluates_and_reviews_and_integrators_cannot_acknowledge()
    {
        var (conversationId, agentId, _) = await ArrangeAsync();
        var evaluation = await EvaluateAsync(conversationId, Answers());

        var byAgent = await PostAsync(AgentClient(agentId), "/api/quality/evaluations", new { conversationId, answers = Answers() });
        var byIntegrator = await PostAsync(_quality.Factory.ClientFor(TestTokens.TenantA, SuiteRoles.Integrator), $"/api/quality/evaluations/{evaluation.Id}/acknowledge");
        var agentReviews = await PostAsync(AgentClient(agentId), $"/api/quality/evaluations/{evaluation.Id}/review", new { comment = "mine" });
        var anonymous = await _quality.Factory.AnonymousClient().GetAsync("/api/quality/evaluations", Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, byAgent.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byIntegrator.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, agentReviews.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    private static async Task<ValidationProblemDetails> Problem(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancellation))!;
    }
}
