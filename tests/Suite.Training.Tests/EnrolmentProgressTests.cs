using System.Net;
using System.Net.Http.Json;
using Suite.Contracts.Events;
using Suite.ServiceDefaults;
using Suite.Testing;
using Suite.Training.Api;
using Suite.Training.Domain;

namespace Suite.Training.Tests;

/// <summary>Passing the courses of a path moves the agent's enrolment on, to completion.</summary>
public sealed class EnrolmentProgressTests : IAsyncLifetime
{
    private readonly CoursewareHost _host = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private Task<EnrolmentProgressResponse?> ProgressAsync(Guid enrolmentId) =>
        _host.Supervisor().GetFromJsonAsync<EnrolmentProgressResponse>($"/api/training/enrolments/{enrolmentId}/progress", SuiteJson.Options, Cancel);

    [Fact]
    public async Task Passing_each_course_of_the_path_moves_the_enrolment_on_and_the_last_completes_it()
    {
        var hired = TrainingHost.Hired();
        await _host.Training.PublishAsync(hired);
        var enrolment = Assert.Single(await _host.Training.EnrolmentsAsync(hired.AgentId));
        var (first, firstBank) = await _host.QuizReadyCourseAsync();
        var (second, secondBank) = await _host.QuizReadyCourseAsync();
        (await _host.Supervisor().PutAsJsonAsync($"/api/training/learning-paths/{enrolment.LearningPathId}/courses",
            new { courseIds = new[] { first.Id, second.Id } }, Cancel)).EnsureSuccessStatusCode();

        var attempt = await _host.StartAsync(first.Id, hired.AgentId);
        await _host.SubmitAsync(attempt.Id, firstBank.Select(CoursewareHost.RightAnswer));
        var halfway = await ProgressAsync(enrolment.Id);
        attempt = await _host.StartAsync(second.Id, hired.AgentId);
        await _host.SubmitAsync(attempt.Id, secondBank.Select(CoursewareHost.RightAnswer));
        var done = await ProgressAsync(enrolment.Id);

        Assert.Equal((EnrolmentStatus.InProgress, 1, 2), (halfway!.Enrolment.Status, halfway.CoursesCompleted, halfway.CoursesOnPath));
        Assert.Equal([(1, true, (int?)1), (2, false, null)], halfway.Courses.Select(course => (course.Position, course.Completed, course.CompletedVersion)));
        Assert.Equal((EnrolmentStatus.Completed, 2), (done!.Enrolment.Status, done.CoursesCompleted));
        Assert.Equal(EnrolmentStatus.Completed, Assert.Single(await _host.Training.EnrolmentsAsync(hired.AgentId)).Status);
        var completed = Assert.Single(await _host.OutboxAsync<TrainingCompleted>());
        Assert.Equal(enrolment.Id, completed.GetProperty("enrolmentId").GetGuid());
        Assert.Equal(hired.AgentId, completed.GetProperty("agentId").GetGuid());
    }

    [Fact]
    public async Task Publishing_a_new_version_does_not_change_what_an_enrolled_agent_already_finished()
    {
        var hired = TrainingHost.Hired();
        await _host.Training.PublishAsync(hired);
        var enrolment = Assert.Single(await _host.Training.EnrolmentsAsync(hired.AgentId));
        var (course, bank) = await _host.QuizReadyCourseAsync();
        (await _host.Supervisor().PutAsJsonAsync($"/api/training/learning-paths/{enrolment.LearningPathId}/courses",
            new { courseIds = new[] { course.Id } }, Cancel)).EnsureSuccessStatusCode();
        var attempt = await _host.StartAsync(course.Id, hired.AgentId);
        await _host.SubmitAsync(attempt.Id, bank.Select(CoursewareHost.RightAnswer));
        var before = await ProgressAsync(enrolment.Id);

        await _host.PublishAsync(course.Id, CoursewareHost.Lessons("Red lines, 2027 edition"));
        var after = await ProgressAsync(enrolment.Id);
        var completions = await _host.AgentSelf(hired.AgentId).GetFromJsonAsync<List<CompletionResponse>>(
            $"/api/training/agents/{hired.AgentId}/completions", SuiteJson.Options, Cancel);

        Assert.Equal(2, (await _host.Supervisor().GetFromJsonAsync<CourseResponse>($"/api/training/courses/{course.Id}", SuiteJson.Options, Cancel))!.LatestVersion);
        Assert.Equal((EnrolmentStatus.Completed, 1, (int?)1), (before!.Enrolment.Status, before.CoursesCompleted, Assert.Single(before.Courses).CompletedVersion));
        Assert.Equal((EnrolmentStatus.Completed, 1, (int?)1), (after!.Enrolment.Status, after.CoursesCompleted, Assert.Single(after.Courses).CompletedVersion));
        Assert.Equal(1, Assert.Single(completions!).CourseVersion);
        Assert.Single(await _host.OutboxAsync<TrainingCompleted>());
    }

    [Fact]
    public async Task Failing_a_course_does_not_move_the_enrolment()
    {
        var hired = TrainingHost.Hired();
        await _host.Training.PublishAsync(hired);
        var enrolment = Assert.Single(await _host.Training.EnrolmentsAsync(hired.AgentId));
        var (course, bank) = await _host.QuizReadyCourseAsync();
        (await _host.Supervisor().PutAsJsonAsync($"/api/training/learning-paths/{enrolment.LearningPathId}/courses",
            new { courseIds = new[] { course.Id } }, Cancel)).EnsureSuccessStatusCode();

        var attempt = await _host.StartAsync(course.Id, hired.AgentId);
        await _host.SubmitAsync(attempt.Id, bank.Select(CoursewareHost.WrongAnswer));

        Assert.Equal(EnrolmentStatus.NotStarted, (await ProgressAsync(enrolment.Id))!.Enrolment.Status);
        Assert.Empty(await _host.OutboxAsync<TrainingCompleted>());
    }

    [Fact]
    public async Task Unknown_and_other_tenants_enrolments_are_not_found()
    {
        var hired = TrainingHost.Hired();
        await _host.Training.PublishAsync(hired);
        var enrolment = Assert.Single(await _host.Training.EnrolmentsAsync(hired.AgentId));

        var otherTenant = await _host.Agent(TestTokens.TenantB).GetAsync($"/api/training/enrolments/{enrolment.Id}/progress", Cancel);
        var unknown = await _host.Agent().GetAsync($"/api/training/enrolments/{Guid.CreateVersion7()}/progress", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, otherTenant.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
