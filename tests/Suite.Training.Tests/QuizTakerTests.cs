using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Suite.ServiceDefaults;
using Suite.Testing;
using Suite.Training.Api;
using Suite.Training.Domain;

namespace Suite.Training.Tests;

/// <summary>An agent takes its own quizzes and no one else's; management looks on.</summary>
public sealed class QuizTakerTests : IAsyncLifetime
{
    private readonly CoursewareHost _host = new();
    private readonly Guid _agentId = Guid.CreateVersion7();
    private readonly Guid _colleagueId = Guid.CreateVersion7();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Only_the_agent_itself_starts_its_attempt_and_a_body_without_an_agent_means_the_caller()
    {
        var (course, _) = await _host.QuizReadyCourseAsync();
        var url = $"/api/training/courses/{course.Id}/attempts";

        var forColleague = await _host.AgentSelf(_agentId).PostAsJsonAsync(url, new { agentId = _colleagueId }, Cancel);
        var bySupervisor = await _host.Supervisor().PostAsJsonAsync(url, new { agentId = _agentId }, Cancel);
        var withoutAgentClaim = await _host.Agent().PostAsJsonAsync(url, new { agentId = _agentId }, Cancel);
        var withoutRole = await _host.Training.Factory.ClientFor(TestTokens.TenantA).PostAsJsonAsync(url, new { agentId = _agentId }, Cancel);
        var own = await _host.AgentSelf(_agentId).PostAsJsonAsync(url, new { }, Cancel);

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Created],
            [forColleague.StatusCode, bySupervisor.StatusCode, withoutAgentClaim.StatusCode, withoutRole.StatusCode, own.StatusCode]);
        Assert.Contains(_colleagueId.ToString(), (await forColleague.Content.ReadFromJsonAsync<ProblemDetails>(SuiteJson.Options, Cancel))!.Detail);
        Assert.Equal(_agentId, (await own.Content.ReadFromJsonAsync<AttemptResponse>(SuiteJson.Options, Cancel))!.AgentId);
        Assert.Equal(1, await _host.CountAsync(db => db.QuizAttempts));
    }

    [Fact]
    public async Task Only_the_taker_submits_and_only_the_taker_and_management_see_the_attempt()
    {
        var (course, bank) = await _host.QuizReadyCourseAsync();
        var attempt = await _host.StartAsync(course.Id, _agentId);
        var submission = new { answers = bank.Select(CoursewareHost.RightAnswer) };

        var byColleague = await _host.AgentSelf(_colleagueId).PostAsJsonAsync($"/api/training/attempts/{attempt.Id}/submission", submission, Cancel);
        var bySupervisor = await _host.Supervisor().PostAsJsonAsync($"/api/training/attempts/{attempt.Id}/submission", submission, Cancel);
        var colleagueReads = await _host.AgentSelf(_colleagueId).GetAsync($"/api/training/attempts/{attempt.Id}", Cancel);
        var colleagueHistory = await _host.AgentSelf(_colleagueId).GetAsync($"/api/training/agents/{_agentId}/attempts", Cancel);
        var supervisorReads = await _host.Supervisor().GetFromJsonAsync<AttemptResponse>($"/api/training/attempts/{attempt.Id}", SuiteJson.Options, Cancel);
        var supervisorHistory = await _host.Supervisor().GetFromJsonAsync<List<AttemptSummary>>($"/api/training/agents/{_agentId}/attempts", SuiteJson.Options, Cancel);

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden],
            [byColleague.StatusCode, bySupervisor.StatusCode, colleagueReads.StatusCode, colleagueHistory.StatusCode]);
        Assert.Equal(AttemptStatus.InProgress, supervisorReads!.Status);
        Assert.Equal(attempt.Id, Assert.Single(supervisorHistory!).Id);
        Assert.Equal(AttemptStatus.Passed, (await _host.SubmitAsync(attempt.Id, bank.Select(CoursewareHost.RightAnswer))).Status);
    }

    [Fact]
    public async Task A_wrong_shape_names_the_question_and_its_kind()
    {
        var (course, bank) = await _host.QuizReadyCourseAsync();
        var attempt = await _host.StartAsync(course.Id, _agentId);
        var single = bank.Single(question => question.Kind == QuestionKind.SingleChoice);

        var response = await _host.AgentSelf(_agentId).PostAsJsonAsync($"/api/training/attempts/{attempt.Id}/submission",
            new { answers = new[] { new { questionId = single.Id, value = true } } }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel))!.Errors;
        Assert.Equal(["answers[0].choices", "answers[0].value"], errors.Keys.Order());
        Assert.All(errors.Values.SelectMany(messages => messages), message => Assert.Contains(single.Id.ToString(), message));
        Assert.Contains("single choice", errors["answers[0].choices"][0]);
    }

    [Fact]
    public async Task Other_agents_training_records_are_forbidden_to_an_agent_and_open_to_management()
    {
        var hired = TrainingHost.Hired(agentId: _agentId);
        await _host.Training.PublishAsync(hired);
        var enrolment = Assert.Single(await _host.Training.EnrolmentsAsync(_agentId));

        foreach (var url in new[]
                 {
                     $"/api/training/agents/{_agentId}/enrolments", $"/api/training/agents/{_agentId}/certifications",
                     $"/api/training/agents/{_agentId}/completions", $"/api/training/agents/{_agentId}/remedial-assignments",
                     $"/api/training/agents/{_agentId}/drills", $"/api/training/agents/{_agentId}/attempts",
                     $"/api/training/enrolments/{enrolment.Id}/progress",
                 })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await _host.AgentSelf(_colleagueId).GetAsync(url, Cancel)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await _host.AgentSelf(_agentId).GetAsync(url, Cancel)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await _host.Supervisor().GetAsync(url, Cancel)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await _host.AgentSelf(_agentId).GetAsync("/api/training/certifications/expiring", Cancel)).StatusCode);
    }
}
