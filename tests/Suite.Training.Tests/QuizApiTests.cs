using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Suite.Contracts.Events;
using Suite.ServiceDefaults;
using Suite.Testing;
using Suite.Training.Api;
using Suite.Training.Domain;

namespace Suite.Training.Tests;

public sealed class QuizApiTests : IAsyncLifetime
{
    private readonly CoursewareHost _host = new();
    private readonly Guid _agentId = Guid.CreateVersion7();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    /// <summary>Every property name anywhere in a JSON document: none may hint at an answer.</summary>
    private static IEnumerable<string> PropertyNames(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(property => PropertyNames(property.Value).Prepend(property.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(PropertyNames),
        _ => [],
    };

    private static async Task AssertNoAnswersIn(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Cancel));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.DoesNotContain(PropertyNames(document.RootElement), name => name.Contains("correct", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Passing_completes_the_version_taken_and_grants_a_certification_through_the_outbox()
    {
        var (course, bank) = await _host.QuizReadyCourseAsync(certificationValidityDays: 180);
        var attempt = await _host.StartAsync(course.Id, _agentId);

        var result = await _host.SubmitAsync(attempt.Id, bank.Select(CoursewareHost.RightAnswer));
        await _host.PublishAsync(course.Id, new { lessons = new[] { new { title = "Rules, second edition", markdown = "Updated." } } });

        Assert.Equal((AttemptStatus.Passed, 100m, 1), (result.Status, result.ScorePercent!.Value, result.CourseVersion));
        var completion = Assert.Single((await _host.AgentSelf(_agentId).GetFromJsonAsync<List<CompletionResponse>>($"/api/training/agents/{_agentId}/completions", SuiteJson.Options, Cancel))!);
        Assert.Equal((course.Id, 1, attempt.Id, "Platform rules and red lines"), (completion.CourseId, completion.CourseVersion, completion.AttemptId, completion.CourseTitle));
        var certification = Assert.Single((await _host.AgentSelf(_agentId).GetFromJsonAsync<List<CertificationResponse>>($"/api/training/agents/{_agentId}/certifications", SuiteJson.Options, Cancel))!);
        Assert.Equal(_host.Clock.GetUtcNow().AddDays(180), certification.ValidUntil);
        Assert.True(certification.IsCurrent);
        var granted = Assert.Single(await _host.OutboxAsync<CertificationGranted>());
        Assert.Equal(certification.Id, granted.GetProperty("certificationId").GetGuid());
        Assert.Equal(_agentId, granted.GetProperty("agentId").GetGuid());
        Assert.Equal("Platform rules and red lines", granted.GetProperty("skill").GetString());
    }

    [Fact]
    public async Task The_draw_follows_the_seed_and_the_taker_never_receives_an_answer()
    {
        var (course, bank) = await _host.QuizReadyCourseAsync(questionsPerAttempt: 2);

        var start = await _host.AgentSelf(_agentId).PostAsJsonAsync($"/api/training/courses/{course.Id}/attempts", new { agentId = _agentId }, Cancel);
        await AssertNoAnswersIn(start);
        var attempt = (await start.Content.ReadFromJsonAsync<AttemptResponse>(SuiteJson.Options, Cancel))!;
        Assert.Equal(QuizDraw.Draw(bank.Select(question => question.Id), 2, CoursewareHost.Seed), attempt.Questions.Select(question => question.Id));
        Assert.Equal(_host.Clock.GetUtcNow().AddMinutes(20), attempt.Deadline);

        var drawn = bank.Where(question => attempt.Questions.Any(q => q.Id == question.Id)).ToList();
        var submit = await _host.AgentSelf(_agentId).PostAsJsonAsync($"/api/training/attempts/{attempt.Id}/submission",
            new { answers = drawn.Select(CoursewareHost.WrongAnswer) }, Cancel);
        await AssertNoAnswersIn(submit);
        await AssertNoAnswersIn(await _host.AgentSelf(_agentId).GetAsync($"/api/training/attempts/{attempt.Id}", Cancel));
        await AssertNoAnswersIn(await _host.AgentSelf(_agentId).GetAsync($"/api/training/agents/{_agentId}/attempts", Cancel));
        var failed = (await submit.Content.ReadFromJsonAsync<AttemptResponse>(SuiteJson.Options, Cancel))!;
        Assert.Equal((AttemptStatus.Failed, 0m), (failed.Status, failed.ScorePercent!.Value));
        Assert.Empty(await _host.OutboxAsync<CertificationGranted>());
    }

    [Fact]
    public async Task A_late_submission_is_refused_naming_the_deadline_and_changes_nothing()
    {
        var (course, bank) = await _host.QuizReadyCourseAsync(timeLimitMinutes: 10);
        var attempt = await _host.StartAsync(course.Id, _agentId);
        _host.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));

        var response = await _host.AgentSelf(_agentId).PostAsJsonAsync($"/api/training/attempts/{attempt.Id}/submission",
            new { answers = bank.Select(CoursewareHost.RightAnswer) }, Cancel);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<ProblemDetails>(SuiteJson.Options, Cancel))!;
        Assert.Contains(attempt.Deadline.ToString("O"), problem.Detail);
        Assert.Equal(attempt.Deadline, ((JsonElement)problem.Extensions["deadline"]!).GetDateTimeOffset());
        var reread = await _host.AgentSelf(_agentId).GetFromJsonAsync<AttemptResponse>($"/api/training/attempts/{attempt.Id}", SuiteJson.Options, Cancel);
        Assert.Equal(AttemptStatus.Expired, reread!.Status);
        Assert.Null(reread.SubmittedAt);
        Assert.Empty(reread.Answers);
        Assert.Equal(0, await _host.CountAsync(db => db.CourseCompletions));
    }

    [Fact]
    public async Task A_submission_at_the_deadline_itself_still_counts()
    {
        var (course, bank) = await _host.QuizReadyCourseAsync(timeLimitMinutes: 10);
        var attempt = await _host.StartAsync(course.Id, _agentId);
        _host.Clock.Advance(TimeSpan.FromMinutes(10));

        var result = await _host.SubmitAsync(attempt.Id, bank.Select(CoursewareHost.RightAnswer));

        Assert.Equal(AttemptStatus.Passed, result.Status);
    }

    [Fact]
    public async Task Answers_of_the_wrong_shape_are_a_400_naming_each_answer_and_the_attempt_stays_open()
    {
        var (course, bank) = await _host.QuizReadyCourseAsync();
        var attempt = await _host.StartAsync(course.Id, _agentId);
        var single = bank.Single(question => question.Kind == QuestionKind.SingleChoice);
        var trueFalse = bank.Single(question => question.Kind == QuestionKind.TrueFalse);

        var response = await _host.AgentSelf(_agentId).PostAsJsonAsync($"/api/training/attempts/{attempt.Id}/submission", new
        {
            answers = new object[]
            {
                new { questionId = single.Id, choices = new[] { 0, 1 } },
                new { questionId = trueFalse.Id, text = "yes" },
                new { questionId = Guid.CreateVersion7(), value = true },
            },
        }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel);
        Assert.Equal(["answers[0].choices", "answers[1].text", "answers[1].value", "answers[2].questionId"], problem!.Errors.Keys.Order());
        Assert.Equal(AttemptStatus.InProgress, (await _host.AgentSelf(_agentId).GetFromJsonAsync<AttemptResponse>($"/api/training/attempts/{attempt.Id}", SuiteJson.Options, Cancel))!.Status);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("{\"answers\":[{\"questionId\":\"x\"}]}")]
    [InlineData("{\"answers\":[{\"questionId\":\"0194a3b4-0000-7000-8000-000000000000\",\"choices\":\"0\"}]}")]
    [InlineData("{\"answers\":[{\"questionId\":\"0194a3b4-0000-7000-8000-000000000000\",\"value\":\"true\"}]}")]
    public async Task A_malformed_submission_is_a_400_problem(string body)
    {
        var (course, _) = await _host.QuizReadyCourseAsync();
        var attempt = await _host.StartAsync(course.Id, _agentId);

        var response = await _host.AgentSelf(_agentId).PostAsync($"/api/training/attempts/{attempt.Id}/submission", new StringContent(body, Encoding.UTF8, "application/json"), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace((await response.Content.ReadFromJsonAsync<ProblemDetails>(SuiteJson.Options, Cancel))!.Detail));
    }

    [Fact]
    public async Task Submitting_twice_is_a_409()
    {
        var (course, bank) = await _host.QuizReadyCourseAsync();
        var attempt = await _host.StartAsync(course.Id, _agentId);
        await _host.SubmitAsync(attempt.Id, bank.Select(CoursewareHost.RightAnswer));

        var again = await _host.AgentSelf(_agentId).PostAsJsonAsync($"/api/training/attempts/{attempt.Id}/submission", new { answers = Array.Empty<object>() }, Cancel);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(1, await _host.CountAsync(db => db.CourseCompletions));
    }

    [Fact]
    public async Task The_attempt_limit_and_an_open_attempt_stop_a_new_start_and_history_keeps_every_attempt()
    {
        var (course, bank) = await _host.QuizReadyCourseAsync(maxAttempts: 2);
        var first = await _host.StartAsync(course.Id, _agentId);

        var whileOpen = await _host.AgentSelf(_agentId).PostAsJsonAsync($"/api/training/courses/{course.Id}/attempts", new { agentId = _agentId }, Cancel);
        await _host.SubmitAsync(first.Id, bank.Select(CoursewareHost.WrongAnswer));
        _host.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await _host.StartAsync(course.Id, _agentId);
        _host.Clock.Advance(TimeSpan.FromHours(1));
        var third = await _host.AgentSelf(_agentId).PostAsJsonAsync($"/api/training/courses/{course.Id}/attempts", new { agentId = _agentId }, Cancel);
        var history = await _host.AgentSelf(_agentId).GetFromJsonAsync<List<AttemptSummary>>($"/api/training/agents/{_agentId}/attempts?courseId={course.Id}", SuiteJson.Options, Cancel);

        Assert.Equal(HttpStatusCode.Conflict, whileOpen.StatusCode);
        Assert.Contains("still open", (await whileOpen.Content.ReadFromJsonAsync<ProblemDetails>(SuiteJson.Options, Cancel))!.Detail);
        Assert.Equal(HttpStatusCode.Conflict, third.StatusCode);
        Assert.Contains("2 attempts", (await third.Content.ReadFromJsonAsync<ProblemDetails>(SuiteJson.Options, Cancel))!.Detail);
        Assert.Equal([(second.Id, 2, AttemptStatus.Expired), (first.Id, 1, AttemptStatus.Failed)],
            history!.Select(attempt => (attempt.Id, attempt.Number, attempt.Status)));
    }

    [Fact]
    public async Task A_quiz_that_cannot_run_is_a_409_and_an_unknown_course_a_404()
    {
        var course = await _host.CreateCourseAsync();

        var noCourseware = await _host.AgentSelf(_agentId).PostAsJsonAsync($"/api/training/courses/{course.Id}/attempts", new { agentId = _agentId }, Cancel);
        await _host.PublishAsync(course.Id);
        var noQuiz = await _host.AgentSelf(_agentId).PostAsJsonAsync($"/api/training/courses/{course.Id}/attempts", new { agentId = _agentId }, Cancel);
        await _host.SetAssessmentAsync(course.Id, new { questionsPerAttempt = 5, timeLimitMinutes = 10, maxAttempts = 1, passMarkPercent = 50 });
        var smallBank = await _host.AgentSelf(_agentId).PostAsJsonAsync($"/api/training/courses/{course.Id}/attempts", new { }, Cancel);
        var unknownCourse = await _host.AgentSelf(_agentId).PostAsJsonAsync($"/api/training/courses/{Guid.CreateVersion7()}/attempts", new { agentId = _agentId }, Cancel);

        Assert.Equal([HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.NotFound],
            [noCourseware.StatusCode, noQuiz.StatusCode, smallBank.StatusCode, unknownCourse.StatusCode]);
        Assert.Contains("bank has 0", (await smallBank.Content.ReadFromJsonAsync<ProblemDetails>(SuiteJson.Options, Cancel))!.Detail);
        Assert.Equal(0, await _host.CountAsync(db => db.QuizAttempts));
    }

    [Fact]
    public async Task Short_answers_wait_for_a_person_whose_grades_decide_and_certify()
    {
        var course = await _host.CreateCourseAsync("Calming angry customers", "soft-skills-and-emotional-resilience");
        await _host.PublishAsync(course.Id);
        var trueFalse = await _host.AddQuestionAsync(course.Id, new { kind = "true-false", text = "Interrupt an angry customer?", correctValue = false });
        var shortAnswer = await _host.AddQuestionAsync(course.Id, new { kind = "short-answer", text = "What do you say first?" });
        await _host.SetAssessmentAsync(course.Id, new { questionsPerAttempt = 2, timeLimitMinutes = 10, maxAttempts = 1, passMarkPercent = 100, certificationValidityDays = 90 });
        var attempt = await _host.StartAsync(course.Id, _agentId);

        var submitted = await _host.SubmitAsync(attempt.Id, [CoursewareHost.RightAnswer(trueFalse), CoursewareHost.RightAnswer(shortAnswer)]);
        var byAgent = await _host.AgentSelf(_agentId).PostAsJsonAsync($"/api/training/attempts/{attempt.Id}/grades", new { grades = new[] { new { questionId = shortAnswer.Id, correct = true } } }, Cancel);
        var wrongQuestion = await _host.Supervisor().PostAsJsonAsync($"/api/training/attempts/{attempt.Id}/grades", new { grades = new[] { new { questionId = trueFalse.Id, correct = true } } }, Cancel);
        var graded = await _host.PostAsync<AttemptResponse>(_host.Supervisor(), $"/api/training/attempts/{attempt.Id}/grades", new { grades = new[] { new { questionId = shortAnswer.Id, correct = true } } });
        var again = await _host.Supervisor().PostAsJsonAsync($"/api/training/attempts/{attempt.Id}/grades", new { grades = new[] { new { questionId = shortAnswer.Id, correct = false } } }, Cancel);

        Assert.Equal(AttemptStatus.AwaitingGrading, submitted.Status);
        Assert.Null(submitted.ScorePercent);
        Assert.Equal("Apologise, then explain the rule.", submitted.Answers.Single(answer => answer.QuestionId == shortAnswer.Id).Text);
        Assert.Equal(HttpStatusCode.Forbidden, byAgent.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongQuestion.StatusCode);
        Assert.Equal((AttemptStatus.Passed, 100m), (graded.Status, graded.ScorePercent!.Value));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Single(await _host.OutboxAsync<CertificationGranted>());
    }

    [Fact]
    public async Task Only_management_reads_or_fills_the_bank_and_a_bad_question_is_a_400()
    {
        var course = await _host.CreateCourseAsync();

        var agentReads = await _host.AgentSelf(_agentId).GetAsync($"/api/training/courses/{course.Id}/questions", Cancel);
        var agentAdds = await _host.AgentSelf(_agentId).PostAsJsonAsync($"/api/training/courses/{course.Id}/questions", new { kind = "true-false", text = "?", correctValue = true }, Cancel);
        var bad = await _host.Supervisor().PostAsJsonAsync($"/api/training/courses/{course.Id}/questions", new { kind = "single-choice", text = "?", options = new[] { "A", "B" }, correctOptions = new[] { 3 } }, Cancel);
        var unknownCourse = await _host.Supervisor().PostAsJsonAsync($"/api/training/courses/{Guid.CreateVersion7()}/questions", new { kind = "true-false", text = "?", correctValue = true }, Cancel);
        var added = await _host.AddQuestionAsync(course.Id, new { kind = "multiple-choice", text = "Which?", options = new[] { "A", "B", "C" }, correctOptions = new[] { 2, 0 } });
        var bank = await _host.Supervisor().GetFromJsonAsync<List<BankQuestionResponse>>($"/api/training/courses/{course.Id}/questions", SuiteJson.Options, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, agentReads.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, agentAdds.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["correctOptions"], (await bad.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel))!.Errors.Keys);
        Assert.Equal(HttpStatusCode.NotFound, unknownCourse.StatusCode);
        Assert.Equal([0, 2], Assert.Single(bank!).CorrectOptions);
        Assert.Equal(added.Id, bank![0].Id);
    }

    [Fact]
    public async Task Another_tenants_attempt_is_not_found()
    {
        var (course, bank) = await _host.QuizReadyCourseAsync();
        var attempt = await _host.StartAsync(course.Id, _agentId);
        var tenantB = _host.AgentSelf(_agentId, TestTokens.TenantB);

        Assert.Equal(HttpStatusCode.NotFound, (await tenantB.GetAsync($"/api/training/attempts/{attempt.Id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await tenantB.PostAsJsonAsync($"/api/training/attempts/{attempt.Id}/submission", new { answers = bank.Select(CoursewareHost.RightAnswer) }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await tenantB.PostAsJsonAsync($"/api/training/courses/{course.Id}/attempts", new { agentId = _agentId }, Cancel)).StatusCode);
        Assert.Equal("[]", await tenantB.GetStringAsync($"/api/training/agents/{_agentId}/attempts", Cancel));
    }

    [Fact]
    public async Task Recertifying_supersedes_the_previous_certification()
    {
        var (course, bank) = await _host.QuizReadyCourseAsync(maxAttempts: 3, certificationValidityDays: 30);
        var first = await _host.StartAsync(course.Id, _agentId);
        await _host.SubmitAsync(first.Id, bank.Select(CoursewareHost.RightAnswer));
        _host.Clock.Advance(TimeSpan.FromDays(25));
        var second = await _host.StartAsync(course.Id, _agentId);
        await _host.SubmitAsync(second.Id, bank.Select(CoursewareHost.RightAnswer));

        var certifications = await _host.AgentSelf(_agentId).GetFromJsonAsync<List<CertificationResponse>>($"/api/training/agents/{_agentId}/certifications", SuiteJson.Options, Cancel);

        Assert.Equal(2, certifications!.Count);
        Assert.True(certifications[0].IsCurrent);
        Assert.Equal(_host.Clock.GetUtcNow().AddDays(30), certifications[0].ValidUntil);
        Assert.False(certifications[1].IsCurrent);
        Assert.Equal<DateTimeOffset?>(_host.Clock.GetUtcNow(), certifications[1].SupersededAt);
        Assert.Equal(2, (await _host.OutboxAsync<CertificationGranted>()).Count);
    }
}
