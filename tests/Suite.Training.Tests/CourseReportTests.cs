using System.Net;
using System.Net.Http.Json;
using Suite.ServiceDefaults;
using Suite.Testing;
using Suite.Training.Api;
using Suite.Training.Domain;

namespace Suite.Training.Tests;

public sealed class CourseReportTests : IAsyncLifetime
{
    private readonly CoursewareHost _host = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public void Only_decided_attempts_count_towards_the_pass_rate()
    {
        Guid a = Guid.CreateVersion7(), b = Guid.CreateVersion7();

        var report = CourseReport.Of(Guid.CreateVersion7(),
            [(a, AttemptStatus.Failed), (a, AttemptStatus.Passed), (b, AttemptStatus.Failed), (b, AttemptStatus.AwaitingGrading), (b, AttemptStatus.InProgress)],
            [a, a]);

        Assert.Equal((2, 3, 1, 33.33m, 1), (report.AgentsAttempted, report.AttemptsDecided, report.AttemptsPassed, report.PassRatePercent!.Value, report.AgentsCompleted));
        Assert.Null(CourseReport.Of(Guid.CreateVersion7(), [(a, AttemptStatus.InProgress)], []).PassRatePercent);
    }

    [Fact]
    public async Task The_course_report_counts_attempts_passes_and_completions_per_course_for_management_only()
    {
        var (course, bank) = await _host.QuizReadyCourseAsync(maxAttempts: 2);
        var untried = await _host.CreateCourseAsync("Untried", "product-knowledge");
        Guid passer = Guid.CreateVersion7(), failer = Guid.CreateVersion7();
        var attempt = await _host.StartAsync(course.Id, failer);
        await _host.SubmitAsync(attempt.Id, bank.Select(CoursewareHost.WrongAnswer));
        attempt = await _host.StartAsync(course.Id, passer);
        await _host.SubmitAsync(attempt.Id, bank.Select(CoursewareHost.RightAnswer));

        var report = await _host.Supervisor().GetFromJsonAsync<List<CourseReportResponse>>("/api/training/reports/courses", SuiteJson.Options, Cancel);
        var byAgent = await _host.Agent().GetAsync("/api/training/reports/courses", Cancel);
        var otherTenant = await _host.Supervisor(TestTokens.TenantB).GetFromJsonAsync<List<CourseReportResponse>>("/api/training/reports/courses", SuiteJson.Options, Cancel);

        var row = report!.Single(r => r.CourseId == course.Id);
        Assert.Equal((2, 2, 1, 50m, 1), (row.AgentsAttempted, row.AttemptsDecided, row.AttemptsPassed, row.PassRatePercent!.Value, row.AgentsCompleted));
        var empty = report!.Single(r => r.CourseId == untried.Id);
        Assert.Equal((0, (decimal?)null, 0), (empty.AgentsAttempted, empty.PassRatePercent, empty.AgentsCompleted));
        Assert.Equal(HttpStatusCode.Forbidden, byAgent.StatusCode);
        Assert.Empty(otherTenant!);
    }
}
