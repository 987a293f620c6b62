using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Suite.Contracts.Events;
using Suite.Contracts.Scheduling.V1;
using Suite.Contracts.Training.V1;
using Suite.Quality.Api;
using Suite.Quality.Domain;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.ServiceDefaults.Paging;
using Suite.Testing;
using static Suite.Quality.Tests.TranscriptBatches;

namespace Suite.Quality.Tests;

/// <summary>
/// The monthly appraisal through the API, with Scheduling and Training faked at their gRPC clients
/// and the clock on the last day of November 2026 (the month the transcripts of the tests are in).
/// </summary>
public sealed class AppraisalApiTests : IAsyncLifetime
{
    private readonly FakeScheduling _scheduling = new();
    private readonly FakeTraining _training = new();
    private readonly QualityHost _quality;

    public AppraisalApiTests()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
        _quality = new QualityHost(services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.AddSingleton<SchedulingService.SchedulingServiceClient>(_scheduling);
            services.AddSingleton<TrainingService.TrainingServiceClient>(_training);
        });
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _quality.DisposeAsync();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private HttpClient Manager(string tenant = TestTokens.TenantA) => _quality.Factory.ClientFor(tenant, SuiteRoles.Manager);

    private HttpClient Integrator() => _quality.Factory.ClientFor(TestTokens.TenantA, SuiteRoles.Integrator);

    private static readonly object November = new { year = 2026, month = 11 };

    /// <summary>
    /// Alice (team A) sells over target, answers slowly, scores 100 in QA and holds the after-sales
    /// certification; Bob (team A) sells under target, crosses two red lines and is overdue in training;
    /// Carol (team B, gold medal) sells on target and had a complaint upheld against her.
    /// </summary>
    private async Task<(Agent Alice, Agent Bob, Agent Carol)> ArrangeMonthAsync()
    {
        var alice = _scheduling.Hire("Team A", "customer-service", "2026-01-05");
        var bob = _scheduling.Hire("Team A", "customer-service", "2026-10-01");
        var carol = _scheduling.Hire("Team B", "gold-medal-customer-service", "2025-01-01");
        _training.Certify(alice, "after-sales");
        _training.Overdue(bob);

        await PostOkAsync(Manager(), "/api/quality/kpis", new { code = "sales-volume", name = "Sales", direction = "higher-is-better", aggregation = "sum", target = 1000 });
        await PostOkAsync(Manager(), "/api/quality/kpis", new { code = "first-response-seconds", name = "First response", direction = "lower-is-better", aggregation = "average", target = 60 });
        await PostOkAsync(Integrator(), "/api/quality/kpis/daily-figures", new
        {
            figures = new object[]
            {
                new { agentId = alice.AgentId, day = "2026-11-10", kpiCode = "sales-volume", value = 600 },
                new { agentId = alice.AgentId, day = "2026-11-11", kpiCode = "sales-volume", value = 500 },
                new { agentId = bob.AgentId, day = "2026-11-11", kpiCode = "sales-volume", value = 400 },
                new { agentId = carol.AgentId, day = "2026-11-12", kpiCode = "sales-volume", value = 1000 },
                new { agentId = carol.AgentId, day = "2026-10-31", kpiCode = "sales-volume", value = 5000 },
            },
        });
        var ingested = await PostOkAsync(Integrator(), "/api/quality/conversations/batch",
            Batch(Courteous("A-1", Guid.Parse(alice.AgentId)), CrossingRedLines("B-1", Guid.Parse(bob.AgentId))));
        var conversations = (await ingested.Content.ReadFromJsonAsync<IngestConversationsResponse>(SuiteJson.Options, Cancellation))!;
        await ScorecardApiTests.CreateAsync(Manager(), ScorecardApiTests.PreSalesRequest());
        await PostOkAsync(Manager(), "/api/quality/evaluations", new
        {
            conversationId = conversations.Created.Single(created => created.ConversationId == "A-1").Id,
            answers = new Dictionary<string, string>
            {
                ["greeting"] = "met", ["courtesy"] = "met", ["no-abuse"] = "met",
                ["recommendation"] = "met", ["accuracy"] = "met", ["no-false-promise"] = "met",
            },
        });
        await _quality.DeliverAsync(Complaints.Resolved(TestTokens.TenantA, Guid.Parse(carol.AgentId), upheld: true));
        return (alice, bob, carol);
    }

    /// <summary>Promotion from customer service after three months at 75 or more, no red line, training done and the after-sales certificate.</summary>
    private static object LenientPolicy(decimal pacesetterTopPercent = 10) => new
    {
        kpiWeight = 50, qaWeight = 40, trainingWeight = 10, pointsPerUpheldComplaint = 5, pacesetterTopPercent,
        promotions = new object[]
        {
            new
            {
                fromLevel = "customer-service", minimumMonthsAtLevel = 3, minimumScore = 75, maxUpheldComplaints = 0, maxRedLineHits = 0,
                requiresTrainingComplete = true, requiredCertifications = new[] { "after-sales" },
            },
        },
    };

    [Fact]
    public async Task The_month_weighs_kpis_qa_training_and_complaints_and_ranks_names_gaps_and_promotions()
    {
        var (alice, bob, carol) = await ArrangeMonthAsync();
        var policy = await _quality.Factory.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor)
            .PutAsJsonAsync("/api/quality/appraisal-policy", LenientPolicy(), SuiteJson.Options, Cancellation);
        Assert.Equal(HttpStatusCode.OK, policy.StatusCode);

        var response = await Manager().PostAsJsonAsync("/api/quality/appraisals", November, SuiteJson.Options, Cancellation);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var appraisal = (await response.Content.ReadFromJsonAsync<AppraisalResponse>(SuiteJson.Options, Cancellation))!;
        Assert.Equal((2026, 11, AppraisalStatus.Draft, 1), (appraisal.Year, appraisal.Month, appraisal.Status, appraisal.Runs));
        Assert.Equal([carol.AgentId, alice.AgentId, bob.AgentId], appraisal.Lines.Select(line => line.AgentId.ToString()));
        var lines = appraisal.Lines.ToDictionary(line => line.AgentId.ToString());

        // Alice: KPIs (100 + 60/475 = 12.63) / 2 = 56.32; QA 100; training 100: (50 x 56.32 + 40 x 100 + 10 x 100) / 100.
        var a = lines[alice.AgentId];
        Assert.Equal((56.32m, 100m, 1, 100m, 78.16m), (a.KpiScore!.Value, a.QaScore!.Value, a.QaEvaluations, a.TrainingScore, a.Score));
        var slow = Assert.Single(a.Gaps);
        Assert.Equal(("first-response-seconds", KpiDirection.LowerIsBetter, 60m, 475m, 415m), (slow.Code, slow.Direction, slow.Target, slow.Actual, slow.Shortfall));
        Assert.Equal((2, 1, true, CareerLevel.GoldMedalCustomerService), (a.CentreRank, a.TeamRank, a.Promotion.Eligible, a.Promotion.NextLevel!.Value));

        // Bob: KPIs (40 + 100) / 2 = 70; no QA; training 0: (50 x 70 + 10 x 0) / 60.
        var b = lines[bob.AgentId];
        Assert.Equal((70m, (decimal?)null, 0m, 58.33m, 2), (b.KpiScore!.Value, b.QaScore, b.TrainingScore, b.Score, b.RedLineHits));
        var sales = Assert.Single(b.Gaps);
        Assert.Equal(("sales-volume", KpiDirection.HigherIsBetter, 600m), (sales.Code, sales.Direction, sales.Shortfall));
        Assert.Equal((3, 2, false), (b.CentreRank, b.TeamRank, b.Promotion.Eligible));
        Assert.Equal(5, b.Promotion.Blockers.Count);
        Assert.Contains(b.Promotion.Blockers, blocker => blocker.Contains("after-sales", StringComparison.Ordinal));

        // Carol: KPIs 100 (no conversations: first response left out), training 100, one upheld complaint: 100 - 5.
        var c = lines[carol.AgentId];
        Assert.Equal((100m, 1, 5m, 95m), (c.KpiScore!.Value, c.UpheldComplaints, c.Deduction, c.Score));
        Assert.Equal((1, 1, true), (c.CentreRank, c.TeamRank, c.Pacesetter));
        Assert.Equal(["The policy has no promotion rule from this level."], c.Promotion.Blockers);
        Assert.False(a.Pacesetter || b.Pacesetter);
        Assert.Equal(2, _scheduling.Calls);
    }

    [Fact]
    public async Task A_draft_is_re_run_until_published_and_publishing_tells_the_suite_once()
    {
        var (alice, bob, carol) = await ArrangeMonthAsync();
        var first = await ReadAsync<AppraisalResponse>(await Manager().PostAsJsonAsync("/api/quality/appraisals", November, SuiteJson.Options, Cancellation));
        _scheduling.Agents.Remove(bob);

        var rerun = await Manager().PostAsJsonAsync("/api/quality/appraisals", November, SuiteJson.Options, Cancellation);
        var published = await Manager().PostAsync($"/api/quality/appraisals/{first.Id}/publish", null, Cancellation);
        var again = await Manager().PostAsync($"/api/quality/appraisals/{first.Id}/publish", null, Cancellation);
        var rerunPublished = await Manager().PostAsJsonAsync("/api/quality/appraisals", November, SuiteJson.Options, Cancellation);
        var list = await Manager().GetFromJsonAsync<PagedResponse<AppraisalSummaryResponse>>("/api/quality/appraisals?year=2026", SuiteJson.Options, Cancellation);

        Assert.Equal(HttpStatusCode.OK, rerun.StatusCode);
        var second = await ReadAsync<AppraisalResponse>(rerun);
        Assert.Equal((first.Id, 2, 2), (second.Id, second.Runs, second.Lines.Count));
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(AppraisalStatus.Published, (await ReadAsync<AppraisalResponse>(published)).Status);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, rerunPublished.StatusCode);
        Assert.Equal("application/problem+json", rerunPublished.Content.Headers.ContentType?.MediaType);
        var summary = Assert.Single(list!.Items);
        Assert.Equal((AppraisalStatus.Published, 2, 1), (summary.Status, summary.Agents, summary.Pacesetters));
        var message = Assert.Single(await _quality.Outbox(), message => message.EventType == typeof(AppraisalPublished).FullName);
        var told = (AppraisalPublished)message.Deserialize().Message;
        Assert.Equal((first.Id, 2026, 11, TestTokens.TenantA), (told.AppraisalId, told.Year, told.Month, told.TenantId));
        Assert.Equal(new[] { carol.AgentId, alice.AgentId }, told.AgentIds.Select(id => id.ToString()));
    }

    [Fact]
    public async Task Training_or_Scheduling_down_is_a_503_and_nothing_is_written()
    {
        await ArrangeMonthAsync();
        _training.Down = true;
        var trainingDown = await Manager().PostAsJsonAsync("/api/quality/appraisals", November, SuiteJson.Options, Cancellation);
        _training.Down = false;
        _scheduling.Down = true;
        var schedulingDown = await Manager().PostAsJsonAsync("/api/quality/appraisals", November, SuiteJson.Options, Cancellation);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, trainingDown.StatusCode);
        Assert.Equal("application/problem+json", trainingDown.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Training is down", await trainingDown.Content.ReadAsStringAsync(Cancellation));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, schedulingDown.StatusCode);
        Assert.Equal(0, (await Manager().GetFromJsonAsync<PagedResponse<AppraisalSummaryResponse>>("/api/quality/appraisals", SuiteJson.Options, Cancellation))!.Total);
        Assert.DoesNotContain(await _quality.Outbox(), message => message.EventType == typeof(AppraisalPublished).FullName);
    }

    [Fact]
    public async Task An_agent_reads_only_its_own_line_once_published_and_management_reads_all()
    {
        var (alice, bob, _) = await ArrangeMonthAsync();
        var appraisal = await ReadAsync<AppraisalResponse>(await Manager().PostAsJsonAsync("/api/quality/appraisals", November, SuiteJson.Options, Cancellation));
        var alicePath = $"/api/quality/appraisals/{appraisal.Id}/agents/{alice.AgentId}";
        var aliceClient = _quality.Factory.ClientForAgent(TestTokens.TenantA, Guid.Parse(alice.AgentId));

        var draft = await aliceClient.GetAsync(alicePath, Cancellation);
        await Manager().PostAsync($"/api/quality/appraisals/{appraisal.Id}/publish", null, Cancellation);
        var own = await aliceClient.GetAsync(alicePath, Cancellation);
        var others = await aliceClient.GetAsync($"/api/quality/appraisals/{appraisal.Id}/agents/{bob.AgentId}", Cancellation);
        var whole = await aliceClient.GetAsync($"/api/quality/appraisals/{appraisal.Id}", Cancellation);
        var list = await aliceClient.GetAsync("/api/quality/appraisals", Cancellation);
        var byManager = await Manager().GetAsync($"/api/quality/appraisals/{appraisal.Id}/agents/{bob.AgentId}", Cancellation);
        var stranger = await Manager().GetAsync($"/api/quality/appraisals/{appraisal.Id}/agents/{Guid.CreateVersion7()}", Cancellation);
        var integrator = await Integrator().GetAsync(alicePath, Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var line = await ReadAsync<AgentAppraisalResponse>(own);
        Assert.Equal((appraisal.Id, alice.AgentId, 78.16m), (line.AppraisalId, line.Line.AgentId.ToString(), line.Line.Score));
        Assert.Equal(HttpStatusCode.Forbidden, others.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, whole.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byManager.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, integrator.StatusCode);
    }

    [Fact]
    public async Task An_agent_lists_its_published_months_newest_first_and_never_a_draft_or_another_agents()
    {
        var (alice, bob, _) = await ArrangeMonthAsync();
        var october = await ReadAsync<AppraisalResponse>(await Manager().PostAsJsonAsync("/api/quality/appraisals", new { year = 2026, month = 10 }, SuiteJson.Options, Cancellation));
        await Manager().PostAsync($"/api/quality/appraisals/{october.Id}/publish", null, Cancellation);
        var november = await ReadAsync<AppraisalResponse>(await Manager().PostAsJsonAsync("/api/quality/appraisals", November, SuiteJson.Options, Cancellation));
        var aliceClient = _quality.Factory.ClientForAgent(TestTokens.TenantA, Guid.Parse(alice.AgentId));
        var path = $"/api/quality/agents/{alice.AgentId}/appraisals";

        var whileDraft = await aliceClient.GetFromJsonAsync<PagedResponse<AgentAppraisalResponse>>(path, SuiteJson.Options, Cancellation);
        await Manager().PostAsync($"/api/quality/appraisals/{november.Id}/publish", null, Cancellation);
        var own = await aliceClient.GetFromJsonAsync<PagedResponse<AgentAppraisalResponse>>(path, SuiteJson.Options, Cancellation);
        var secondPage = await aliceClient.GetFromJsonAsync<PagedResponse<AgentAppraisalResponse>>($"{path}?page=2&pageSize=1", SuiteJson.Options, Cancellation);
        var byManager = await Manager().GetFromJsonAsync<PagedResponse<AgentAppraisalResponse>>($"/api/quality/agents/{bob.AgentId}/appraisals", SuiteJson.Options, Cancellation);
        var others = await aliceClient.GetAsync($"/api/quality/agents/{bob.AgentId}/appraisals", Cancellation);
        var integrator = await Integrator().GetAsync(path, Cancellation);
        var foreign = await Manager(TestTokens.TenantB).GetFromJsonAsync<PagedResponse<AgentAppraisalResponse>>(path, SuiteJson.Options, Cancellation);
        var badPage = await aliceClient.GetAsync($"{path}?page=0&pageSize=201", Cancellation);
        var anonymous = await _quality.Factory.AnonymousClient().GetAsync(path, Cancellation);

        var octoberOnly = Assert.Single(whileDraft!.Items);
        Assert.Equal((october.Id, 10, AppraisalStatus.Published), (octoberOnly.AppraisalId, octoberOnly.Month, octoberOnly.Status));
        Assert.Equal([(2026, 11), (2026, 10)], own!.Items.Select(item => (item.Year, item.Month)));
        Assert.Equal(2, own.Total);
        Assert.All(own.Items, item => Assert.Equal(alice.AgentId, item.Line.AgentId.ToString()));
        Assert.Equal(78.16m, own.Items[0].Line.Score);
        Assert.Equal((2, 1, october.Id), (secondPage!.Total, secondPage.Items.Count, secondPage.Items[0].AppraisalId));
        Assert.Equal(bob.AgentId, byManager!.Items[0].Line.AgentId.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, others.StatusCode);
        Assert.Equal("application/problem+json", others.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, integrator.StatusCode);
        Assert.Equal(0, foreign!.Total);
        Assert.Equal(["page", "pageSize"], (await ProblemAsync(badPage)).Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Promotion_blockers_come_as_codes_with_figures_beside_the_english_sentences()
    {
        var (alice, bob, carol) = await ArrangeMonthAsync();
        await Manager().PutAsJsonAsync("/api/quality/appraisal-policy", LenientPolicy(), SuiteJson.Options, Cancellation);

        var appraisal = await ReadAsync<AppraisalResponse>(await Manager().PostAsJsonAsync("/api/quality/appraisals", November, SuiteJson.Options, Cancellation));
        var raw = await Manager().GetStringAsync($"/api/quality/appraisals/{appraisal.Id}", Cancellation);

        var lines = appraisal.Lines.ToDictionary(line => line.AgentId.ToString());
        Assert.Empty(lines[alice.AgentId].Promotion.BlockerDetails!);
        var bobs = lines[bob.AgentId].Promotion;
        Assert.Equal(
            [PromotionBlocker.MonthsAtLevel, PromotionBlocker.Score, PromotionBlocker.RedLineHits, PromotionBlocker.TrainingOverdue, PromotionBlocker.CertificationMissing],
            bobs.BlockerDetails!.Select(blocker => blocker.Code));
        Assert.Equal((3m, 1m), (bobs.BlockerDetails![0].Required!.Value, bobs.BlockerDetails[0].Actual!.Value));
        Assert.Equal((75m, 58.33m), (bobs.BlockerDetails[1].Required!.Value, bobs.BlockerDetails[1].Actual!.Value));
        Assert.Equal((0m, 2m), (bobs.BlockerDetails[2].Required!.Value, bobs.BlockerDetails[2].Actual!.Value));
        Assert.Equal("after-sales", bobs.BlockerDetails[4].Skill);
        Assert.Equal(bobs.BlockerDetails.Select(blocker => blocker.Sentence()), bobs.Blockers);
        Assert.Equal("1 months at the level; 3 needed.", bobs.Blockers[0]);
        Assert.Equal(PromotionBlocker.NoRule, Assert.Single(lines[carol.AgentId].Promotion.BlockerDetails!).Code);
        Assert.Contains("\"code\":\"months-at-level\",\"required\":3,\"actual\":1", raw);
    }

    [Fact]
    public async Task Requests_are_validated_roles_checked_and_other_tenants_see_nothing()
    {
        var (alice, _, _) = await ArrangeMonthAsync();
        var appraisal = await ReadAsync<AppraisalResponse>(await Manager().PostAsJsonAsync("/api/quality/appraisals", November, SuiteJson.Options, Cancellation));

        var empty = await Manager().PostAsJsonAsync("/api/quality/appraisals", new { }, SuiteJson.Options, Cancellation);
        var badMonth = await Manager().PostAsJsonAsync("/api/quality/appraisals", new { year = 1999, month = 13 }, SuiteJson.Options, Cancellation);
        var future = await Manager().PostAsJsonAsync("/api/quality/appraisals", new { year = 2026, month = 12 }, SuiteJson.Options, Cancellation);
        var malformed = await Manager().PostAsync("/api/quality/appraisals", new StringContent("{\"year\":", Encoding.UTF8, "application/json"), Cancellation);
        var badPage = await Manager().GetAsync("/api/quality/appraisals?year=1&page=0&pageSize=500", Cancellation);
        var foreign = await Manager(TestTokens.TenantB).GetAsync($"/api/quality/appraisals/{appraisal.Id}", Cancellation);
        var foreignPublish = await Manager(TestTokens.TenantB).PostAsync($"/api/quality/appraisals/{appraisal.Id}/publish", null, Cancellation);
        var foreignLine = await Manager(TestTokens.TenantB).GetAsync($"/api/quality/appraisals/{appraisal.Id}/agents/{alice.AgentId}", Cancellation);
        var byAgent = await _quality.Factory.ClientForAgent(TestTokens.TenantA, Guid.Parse(alice.AgentId))
            .PostAsJsonAsync("/api/quality/appraisals", November, SuiteJson.Options, Cancellation);
        var byIntegrator = await Integrator().PostAsync($"/api/quality/appraisals/{appraisal.Id}/publish", null, Cancellation);
        var anonymous = await _quality.Factory.AnonymousClient().GetAsync("/api/quality/appraisals", Cancellation);

        Assert.Equal(["month", "year"], (await ProblemAsync(empty)).Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["month", "year"], (await ProblemAsync(badMonth)).Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["month"], (await ProblemAsync(future)).Errors.Keys);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(["page", "pageSize", "year"], (await ProblemAsync(badPage)).Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignPublish.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignLine.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byAgent.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byIntegrator.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(AppraisalStatus.Draft, (await Manager().GetFromJsonAsync<AppraisalResponse>($"/api/quality/appraisals/{appraisal.Id}", SuiteJson.Options, Cancellation))!.Status);
    }

    [Fact]
    public async Task The_policy_is_the_default_until_replaced_whole_and_a_bad_one_names_its_fields()
    {
        var before = await Manager().GetFromJsonAsync<AppraisalPolicyDocument>("/api/quality/appraisal-policy", SuiteJson.Options, Cancellation);
        var invalid = await Manager().PutAsJsonAsync("/api/quality/appraisal-policy", new
        {
            kpiWeight = 0, qaWeight = 0, trainingWeight = 0, pointsPerUpheldComplaint = -1, pacesetterTopPercent = 101,
            promotions = new object?[]
            {
                new { fromLevel = "director", minimumMonthsAtLevel = -1, minimumScore = 101, maxUpheldComplaints = 0, maxRedLineHits = 0, requiresTrainingComplete = true, requiredCertifications = Array.Empty<string>() },
                null,
            },
        }, SuiteJson.Options, Cancellation);
        var replaced = await Manager().PutAsJsonAsync("/api/quality/appraisal-policy", LenientPolicy(pacesetterTopPercent: 20), SuiteJson.Options, Cancellation);
        var after = await Manager().GetFromJsonAsync<AppraisalPolicyDocument>("/api/quality/appraisal-policy", SuiteJson.Options, Cancellation);
        var otherTenant = await Manager(TestTokens.TenantB).GetFromJsonAsync<AppraisalPolicyDocument>("/api/quality/appraisal-policy", SuiteJson.Options, Cancellation);
        var byAgent = await _quality.Factory.ClientForAgent(TestTokens.TenantA, Guid.CreateVersion7())
            .PutAsJsonAsync("/api/quality/appraisal-policy", LenientPolicy(), SuiteJson.Options, Cancellation);

        Assert.Equal((50m, 5), (before!.KpiWeight!.Value, before.Promotions!.Count));
        Assert.Equal(
            ["kpiWeight", "pacesetterTopPercent", "pointsPerUpheldComplaint", "promotions[0].fromLevel", "promotions[0].minimumMonthsAtLevel", "promotions[0].minimumScore", "promotions[1]"],
            (await ProblemAsync(invalid)).Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal((20m, CareerLevel.CustomerService, "after-sales"), (after!.PacesetterTopPercent!.Value, after.Promotions!.Single()!.FromLevel!.Value, after.Promotions!.Single()!.RequiredCertifications!.Single()));
        Assert.Equal(10m, otherTenant!.PacesetterTopPercent);
        Assert.Equal(HttpStatusCode.Forbidden, byAgent.StatusCode);
    }

    [Fact]
    public async Task A_level_change_restarts_the_time_at_level_and_is_applied_once()
    {
        var (alice, _, _) = await ArrangeMonthAsync();
        await Manager().PutAsJsonAsync("/api/quality/appraisal-policy", LenientPolicy(), SuiteJson.Options, Cancellation);
        var changed = new AgentLevelChanged(Guid.CreateVersion7(), TestTokens.TenantA, new DateTimeOffset(2026, 10, 15, 9, 0, 0, TimeSpan.Zero),
            Guid.Parse(alice.AgentId), "gold-medal-customer-service", "customer-service");

        await _quality.DeliverAsync(changed, changed);
        var appraisal = await ReadAsync<AppraisalResponse>(await Manager().PostAsJsonAsync("/api/quality/appraisals", November, SuiteJson.Options, Cancellation));

        var line = appraisal.Lines.Single(line => line.AgentId.ToString() == alice.AgentId);
        Assert.False(line.Promotion.Eligible);
        Assert.Equal(["1 months at the level; 3 needed."], line.Promotion.Blockers);
        Assert.Single(await _quality.Inbox(), inbox => inbox.MessageId == changed.EventId);
    }

    [Fact]
    public async Task A_teams_qa_trend_counts_its_members_as_Scheduling_lists_them_per_week_or_month()
    {
        var (alice, _, _) = await ArrangeMonthAsync();
        const string Path = "/api/quality/reports/qa-trend?from=2026-11-01&to=2026-11-30";

        var weekly = await Manager().GetFromJsonAsync<QaTrendReport>($"{Path}&team=Team%20A&granularity=week", SuiteJson.Options, Cancellation);
        var monthly = await Manager().GetFromJsonAsync<QaTrendReport>($"{Path}&team=Team%20B", SuiteJson.Options, Cancellation);
        var unknownTeam = await Manager().GetFromJsonAsync<QaTrendReport>($"{Path}&team=Nobody", SuiteJson.Options, Cancellation);
        var invalid = await Manager().GetAsync($"{Path}&team=Team%20A&agentIds={alice.AgentId}&granularity=Week", Cancellation);
        _scheduling.Down = true;
        var down = await Manager().GetAsync($"{Path}&team=Team%20A", Cancellation);

        Assert.Equal(("Team A", TrendGranularity.Week, 2), (weekly!.Team, weekly.Granularity, weekly.AgentIds.Count));
        var week = Assert.Single(weekly.Periods);
        Assert.Equal(("2026-W49", new DateOnly(2026, 11, 30), 1, 100m), (week.Period, week.Start, week.Evaluations, week.AverageScore));
        Assert.Equal((TrendGranularity.Month, 0), (monthly!.Granularity, monthly.Periods.Count));
        Assert.Empty(unknownTeam!.Months);
        Assert.Empty(unknownTeam.AgentIds);
        Assert.Equal(["granularity", "team"], (await ProblemAsync(invalid)).Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostOkAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body, SuiteJson.Options, Cancellation);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Cancellation));
        return response;
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Cancellation));
        return (await response.Content.ReadFromJsonAsync<T>(SuiteJson.Options, Cancellation))!;
    }

    private static async Task<ValidationProblemDetails> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancellation))!;
    }
}
