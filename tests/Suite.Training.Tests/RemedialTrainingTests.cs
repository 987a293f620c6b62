using System.Net;
using System.Net.Http.Json;
using MassTransit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Suite.Contracts.Events;
using Suite.ServiceDefaults;
using Suite.Testing;
using Suite.Training.Api;

namespace Suite.Training.Tests;

/// <summary>Quality's evaluations and Complaints' resolutions close the loop into remedial training.</summary>
public sealed class RemedialTrainingTests : IAsyncLifetime
{
    private readonly CoursewareHost _host = new();
    private readonly ConsumedEvents<EvaluationCompleted> _evaluations = new();
    private readonly ConsumedEvents<ComplaintResolved> _complaints = new();
    private readonly Guid _agentId = Guid.CreateVersion7();
    private IBus? _bus;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private IBus Bus()
    {
        if (_bus is null)
        {
            _bus = _host.Training.Factory.Services.GetRequiredService<IBus>();
            _bus.ConnectConsumeMessageObserver(_evaluations);
            _bus.ConnectConsumeMessageObserver(_complaints);
        }

        return _bus;
    }

    private async Task PublishAsync(EvaluationCompleted message, int expectedConsumptions = 1)
    {
        await Bus().Publish(message, Cancel);
        await Eventually.True(() => Task.FromResult(_evaluations.Count(message.EventId) >= expectedConsumptions), what: "the evaluation to be consumed");
    }

    private async Task PublishAsync(ComplaintResolved message, int expectedConsumptions = 1)
    {
        await Bus().Publish(message, Cancel);
        await Eventually.True(() => Task.FromResult(_complaints.Count(message.EventId) >= expectedConsumptions), what: "the resolution to be consumed");
    }

    private EvaluationCompleted Evaluation(decimal score, params string[] redLines) => new(
        Guid.CreateVersion7(), TestTokens.TenantA, DateTimeOffset.UtcNow, Guid.CreateVersion7(), _agentId, Guid.CreateVersion7(),
        score, redLines.Select(code => new RedLineHit(code, "Crossed")).ToList());

    private ComplaintResolved Resolution(string category, bool upheld, Guid? agentId = null) => new(
        Guid.CreateVersion7(), TestTokens.TenantA, DateTimeOffset.UtcNow, Guid.CreateVersion7(), agentId ?? _agentId, category, "Rude reply", upheld);

    private Task<RemedialRuleResponse> MapAsync(object rule) =>
        _host.PostAsync<RemedialRuleResponse>(_host.Supervisor(), "/api/training/remedial-rules", rule);

    private async Task<List<RemedialAssignmentResponse>> AssignmentsAsync(string tenant = TestTokens.TenantA) =>
        (await _host.AgentSelf(_agentId, tenant).GetFromJsonAsync<List<RemedialAssignmentResponse>>($"/api/training/agents/{_agentId}/remedial-assignments", SuiteJson.Options, Cancel))!;

    [Fact]
    public async Task A_criterion_not_met_assigns_its_course_once_per_cause_even_when_the_event_comes_twice()
    {
        var greeting = await _host.CreateCourseAsync("Greeting customers", "soft-skills-and-emotional-resilience");
        await MapAsync(new { kind = "criterion", code = " Opening / Greets-By-Name ", courseId = greeting.Id, dueAfterDays = 5 });
        var evaluation = Evaluation(92m) with
        {
            Criteria =
            [
                new CriterionVerdict("opening", "greets-by-name", "not-met"),
                new CriterionVerdict("closing", "offers-more-help", "not-met"),
                new CriterionVerdict("opening", "states-name", "met"),
            ],
        };

        await PublishAsync(evaluation);
        await PublishAsync(evaluation, expectedConsumptions: 2);
        await PublishAsync(evaluation with { EventId = Guid.CreateVersion7() });
        await PublishAsync(Evaluation(95m) with { Criteria = [new CriterionVerdict("opening", "greets-by-name", "met")] });
        await PublishAsync(Evaluation(95m) with { Criteria = null });

        var assignment = Assert.Single(await AssignmentsAsync());
        Assert.Equal((greeting.Id, $"evaluation:{evaluation.EvaluationId}:criterion:opening/greets-by-name"), (assignment.CourseId, assignment.Cause));
        Assert.Contains("opening/greets-by-name", assignment.Reason);
        var rule = Assert.Single((await _host.Supervisor().GetFromJsonAsync<List<RemedialRuleResponse>>("/api/training/remedial-rules", SuiteJson.Options, Cancel))!);
        Assert.Equal("opening/greets-by-name", rule.Code);
    }

    [Theory]
    [InlineData("opening")]
    [InlineData("opening/")]
    [InlineData("a/b/c")]
    public async Task A_criterion_rule_without_a_section_and_criterion_key_is_a_400_naming_the_code(string code)
    {
        var course = await _host.CreateCourseAsync();

        var response = await _host.Supervisor().PostAsJsonAsync("/api/training/remedial-rules", new { kind = "criterion", code, courseId = course.Id, dueAfterDays = 5 }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["code"], (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel))!.Errors.Keys);
    }

    [Fact]
    public async Task A_red_line_hit_and_a_low_score_each_assign_their_mapped_course()
    {
        var redLines = await _host.CreateCourseAsync("Red lines refresher");
        var basics = await _host.CreateCourseAsync("Service basics", "soft-skills-and-emotional-resilience");
        await MapAsync(new { kind = "red-line", code = "RL-OFFPLATFORM", courseId = redLines.Id, dueAfterDays = 7 });
        await MapAsync(new { kind = "low-score", scoreBelow = 70, courseId = basics.Id, dueAfterDays = 14 });
        var evaluation = Evaluation(55m, "rl-offplatform", "RL-UNMAPPED");

        await PublishAsync(evaluation);

        var assignments = await AssignmentsAsync();
        Assert.Equal(2, assignments.Count);
        var today = DateOnly.FromDateTime(_host.Clock.GetUtcNow().UtcDateTime);
        Assert.Contains(assignments, a => a.CourseId == redLines.Id && a.DueOn == today.AddDays(7) && a.Cause == $"evaluation:{evaluation.EvaluationId}:red-line:rl-offplatform");
        Assert.Contains(assignments, a => a.CourseId == basics.Id && a.DueOn == today.AddDays(14) && a.Reason.Contains("55"));
    }

    [Fact]
    public async Task The_same_evaluation_delivered_twice_or_re_sent_under_a_new_event_id_assigns_once()
    {
        var redLines = await _host.CreateCourseAsync("Red lines refresher");
        await MapAsync(new { kind = "red-line", code = "RL-01", courseId = redLines.Id, dueAfterDays = 7 });
        var evaluation = Evaluation(90m, "RL-01");

        await PublishAsync(evaluation);
        await PublishAsync(evaluation, expectedConsumptions: 2);
        await PublishAsync(evaluation with { EventId = Guid.CreateVersion7() });

        Assert.Single(await AssignmentsAsync());
        Assert.Equal(1, await _host.CountAsync(db => db.RemedialAssignments));
    }

    [Fact]
    public async Task A_good_evaluation_without_red_lines_assigns_nothing()
    {
        var basics = await _host.CreateCourseAsync("Service basics", "soft-skills-and-emotional-resilience");
        await MapAsync(new { kind = "low-score", scoreBelow = 70, courseId = basics.Id, dueAfterDays = 14 });

        await PublishAsync(Evaluation(70m));

        Assert.Empty(await AssignmentsAsync());
    }

    [Fact]
    public async Task A_complaint_upheld_against_the_agent_assigns_the_categorys_course_once()
    {
        var attitude = await _host.CreateCourseAsync("Service attitude", "soft-skills-and-emotional-resilience");
        await MapAsync(new { kind = "complaint-category", code = "service-attitude", courseId = attitude.Id, dueAfterDays = 10 });
        var upheld = Resolution("service-attitude", upheld: true);

        await PublishAsync(upheld);
        await PublishAsync(upheld, expectedConsumptions: 2);
        await PublishAsync(Resolution("service-attitude", upheld: false));
        await PublishAsync(Resolution("logistics", upheld: true));

        var assignment = Assert.Single(await AssignmentsAsync());
        Assert.Equal((attitude.Id, $"complaint:{upheld.ComplaintId}", "Service attitude"), (assignment.CourseId, assignment.Cause, assignment.CourseTitle));
    }

    [Fact]
    public async Task Another_tenants_table_is_not_applied_and_its_assignments_are_not_seen()
    {
        var attitude = await _host.CreateCourseAsync("Service attitude", "soft-skills-and-emotional-resilience");
        await MapAsync(new { kind = "complaint-category", code = "service-attitude", courseId = attitude.Id, dueAfterDays = 10 });

        await PublishAsync(Resolution("service-attitude", upheld: true) with { TenantId = TestTokens.TenantB });
        await PublishAsync(Resolution("service-attitude", upheld: true));

        Assert.Single(await AssignmentsAsync());
        Assert.Empty(await AssignmentsAsync(TestTokens.TenantB));
        Assert.Equal(0, await _host.CountAsync(db => db.RemedialAssignments, TestTokens.TenantB));
    }

    [Fact]
    public async Task A_cause_maps_to_one_course_and_bad_rules_are_a_400_naming_fields()
    {
        var course = await _host.CreateCourseAsync();
        var theirs = await _host.CreateCourseAsync("Theirs", "pre-sales", TestTokens.TenantB);
        var rule = await MapAsync(new { kind = "red-line", code = "RL-01", courseId = course.Id, dueAfterDays = 7 });

        var duplicate = await _host.Supervisor().PostAsJsonAsync("/api/training/remedial-rules", new { kind = "red-line", code = " rl-01 ", courseId = course.Id, dueAfterDays = 3 }, Cancel);
        var invalid = await _host.Supervisor().PostAsJsonAsync("/api/training/remedial-rules", new { kind = "low-score", code = "x", courseId = theirs.Id, dueAfterDays = 0 }, Cancel);
        var badKind = await _host.Supervisor().PostAsJsonAsync("/api/training/remedial-rules", new { kind = "criterion", courseId = course.Id, dueAfterDays = 3 }, Cancel);
        var byAgent = await _host.Agent().PostAsJsonAsync("/api/training/remedial-rules", new { kind = "red-line", code = "RL-02", courseId = course.Id, dueAfterDays = 3 }, Cancel);

        Assert.Equal(("rl-01", HttpStatusCode.Conflict), (rule.Code, duplicate.StatusCode));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(["code", "courseId", "dueAfterDays", "scoreBelow"], (await invalid.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel))!.Errors.Keys.Order());
        Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byAgent.StatusCode);
        Assert.Equal(rule.Id, Assert.Single((await _host.Agent().GetFromJsonAsync<List<RemedialRuleResponse>>("/api/training/remedial-rules", SuiteJson.Options, Cancel))!).Id);
    }

    [Fact]
    public async Task Removing_a_rule_keeps_assignments_and_another_tenants_rule_is_not_found()
    {
        var course = await _host.CreateCourseAsync();
        var rule = await MapAsync(new { kind = "red-line", code = "RL-01", courseId = course.Id, dueAfterDays = 7 });
        await PublishAsync(Evaluation(90m, "RL-01"));

        var otherTenant = await _host.Supervisor(TestTokens.TenantB).DeleteAsync($"/api/training/remedial-rules/{rule.Id}", Cancel);
        var removed = await _host.Supervisor().DeleteAsync($"/api/training/remedial-rules/{rule.Id}", Cancel);
        await PublishAsync(Evaluation(90m, "RL-01"));

        Assert.Equal(HttpStatusCode.NotFound, otherTenant.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Single(await AssignmentsAsync());
    }
}
