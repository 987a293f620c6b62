using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Tenancy;
using Suite.Testing;
using Suite.Training.Api;
using Suite.Training.Data;

namespace Suite.Training.Tests;

/// <summary>
/// The Training service on a fake clock with a pinned draw seed, and the steps of setting up a course
/// that the courseware, quiz and certification tests repeat.
/// </summary>
internal sealed class CoursewareHost : IAsyncDisposable
{
    public const int Seed = 42;

    public CoursewareHost()
    {
        Training = new TrainingHost(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IQuizSeeds>(new FixedSeed(Seed));
        });
    }

    /// <summary>Starts at the real now: tokens are checked against the real clock.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public TrainingHost Training { get; }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public HttpClient Supervisor(string tenant = TestTokens.TenantA) => Training.Supervisor(tenant);

    public HttpClient Agent(string tenant = TestTokens.TenantA) => Training.Agent(tenant);

    public static object Lessons(string title = "Red lines of the platforms") => new
    {
        lessons = new object[]
        {
            new { title, markdown = "# Never\n\n- promise what the platform forbids\n- move a customer off-platform", attachments = new[] { new { title = "Slides", url = "https://files.example.com/red-lines.pdf" } } },
            new { title = "Bad reviews", markdown = "Call back within 24 hours." },
        },
        changeNote = "First edition",
    };

    public async Task<T> PostAsync<T>(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body, Cancel);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Cancel)}");
        }

        return (await response.Content.ReadFromJsonAsync<T>(SuiteJson.Options, Cancel))!;
    }

    public Task<CourseResponse> CreateCourseAsync(string title = "Platform rules and red lines", string category = "platform-rules-and-red-lines", string tenant = TestTokens.TenantA) =>
        PostAsync<CourseResponse>(Supervisor(tenant), "/api/training/courses", new { title, category, description = "What must never be said or done." });

    public Task<CourseVersionResponse> PublishAsync(Guid courseId, object? lessons = null) =>
        PostAsync<CourseVersionResponse>(Supervisor(), $"/api/training/courses/{courseId}/versions", lessons ?? Lessons());

    public async Task<CourseResponse> SetAssessmentAsync(Guid courseId, object settings)
    {
        var response = await Supervisor().PutAsJsonAsync($"/api/training/courses/{courseId}/assessment", settings, Cancel);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<CourseResponse>(SuiteJson.Options, Cancel))!;
    }

    public Task<BankQuestionResponse> AddQuestionAsync(Guid courseId, object question) =>
        PostAsync<BankQuestionResponse>(Supervisor(), $"/api/training/courses/{courseId}/questions", question);

    /// <summary>A published course with a quiz of three automatically graded questions, all drawn, pass mark 60%.</summary>
    public async Task<(CourseResponse Course, List<BankQuestionResponse> Bank)> QuizReadyCourseAsync(
        int questionsPerAttempt = 3, int maxAttempts = 2, int? certificationValidityDays = 365, int timeLimitMinutes = 20)
    {
        var course = await CreateCourseAsync();
        await PublishAsync(course.Id);
        var bank = new List<BankQuestionResponse>
        {
            await AddQuestionAsync(course.Id, new { kind = "single-choice", text = "May an agent ask a customer to pay outside the platform?", options = new[] { "Yes", "No", "Only for big orders" }, correctOptions = new[] { 1 } }),
            await AddQuestionAsync(course.Id, new { kind = "multiple-choice", text = "Which are red lines?", options = new[] { "Insulting a customer", "Recommending a product", "Leaking a customer's address" }, correctOptions = new[] { 0, 2 } }),
            await AddQuestionAsync(course.Id, new { kind = "true-false", text = "A bad review must be called back within 24 hours.", correctValue = true }),
        };
        course = await SetAssessmentAsync(course.Id, new { questionsPerAttempt, timeLimitMinutes, maxAttempts, passMarkPercent = 60, certificationValidityDays });
        return (course, bank);
    }

    public HttpClient AgentSelf(Guid agentId, string tenant = TestTokens.TenantA) => Training.AgentSelf(agentId, tenant);

    public Task<AttemptResponse> StartAsync(Guid courseId, Guid agentId) =>
        PostAsync<AttemptResponse>(AgentSelf(agentId), $"/api/training/courses/{courseId}/attempts", new { agentId });

    /// <summary>The agent who started an attempt, read from the database: only that agent may submit it.</summary>
    public async Task<Guid> AgentOfAttemptAsync(Guid attemptId, string tenant = TestTokens.TenantA)
    {
        await using var scope = Training.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant);
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        return await db.QuizAttempts.Where(attempt => attempt.Id == attemptId).Select(attempt => attempt.AgentId).SingleAsync(Cancel);
    }

    /// <summary>The right answer to each bank question, in the submission's shape.</summary>
    public static object RightAnswer(BankQuestionResponse question) => question.Kind switch
    {
        Domain.QuestionKind.TrueFalse => new { questionId = question.Id, value = question.CorrectValue },
        Domain.QuestionKind.ShortAnswer => new { questionId = question.Id, text = "Apologise, then explain the rule." },
        _ => new { questionId = question.Id, choices = question.CorrectOptions },
    };

    public static object WrongAnswer(BankQuestionResponse question) => question.Kind switch
    {
        Domain.QuestionKind.TrueFalse => new { questionId = question.Id, value = !question.CorrectValue },
        _ => new { questionId = question.Id, choices = new[] { Enumerable.Range(0, question.Options.Count).First(i => !question.CorrectOptions.Contains(i)) } },
    };

    public async Task<AttemptResponse> SubmitAsync(Guid attemptId, IEnumerable<object> answers) =>
        await PostAsync<AttemptResponse>(AgentSelf(await AgentOfAttemptAsync(attemptId)), $"/api/training/attempts/{attemptId}/submission", new { answers });

    /// <summary>Integration events of one type written to the outbox, with their payloads.</summary>
    public async Task<List<JsonElement>> OutboxAsync<TEvent>()
    {
        await using var scope = Training.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(TestTokens.TenantA);
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        var payloads = await db.OutboxMessages.AsNoTracking()
            .Where(message => message.EventType == typeof(TEvent).FullName)
            .Select(message => message.Payload)
            .ToListAsync(Cancel);
        return payloads.Select(payload => JsonDocument.Parse(payload).RootElement.Clone()).ToList();
    }

    public async Task<int> CountAsync(Func<TrainingDbContext, IQueryable<object>> rows, string tenant = TestTokens.TenantA)
    {
        await using var scope = Training.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant);
        return await rows(scope.ServiceProvider.GetRequiredService<TrainingDbContext>()).CountAsync(Cancel);
    }

    public ValueTask DisposeAsync() => Training.DisposeAsync();

    private sealed class FixedSeed(int seed) : IQuizSeeds
    {
        public int Next() => seed;
    }
}
