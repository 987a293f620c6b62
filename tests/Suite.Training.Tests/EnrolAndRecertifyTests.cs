using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Suite.ServiceDefaults;
using Suite.Testing;
using Suite.Training.Api;
using Suite.Training.Domain;
using Suite.Training.Jobs;

namespace Suite.Training.Tests;

/// <summary>Supervisors enrol agents in paths (advanced ones, re-certification); certifications are renewed through their course's path.</summary>
public sealed class EnrolAndRecertifyTests : IAsyncLifetime
{
    private readonly CoursewareHost _host = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private DateOnly Today => DateOnly.FromDateTime(_host.Clock.GetUtcNow().UtcDateTime);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private Task<HttpResponseMessage> EnrolAsync(object body, HttpClient? client = null) =>
        (client ?? _host.Supervisor()).PostAsJsonAsync("/api/training/enrolments", body, Cancel);

    [Fact]
    public async Task A_supervisor_enrols_an_experienced_agent_in_an_advanced_path_once()
    {
        var agent = _host.Training.Directory.Add();
        var path = await _host.Training.CreatePathAsync(new { name = "Advanced after-sales", kind = "advanced", dueAfterDays = 60 });

        var created = await EnrolAsync(new { agentId = agent.Id, learningPathId = path.Id, reason = "Ready for escalations" });
        var again = await EnrolAsync(new { agentId = agent.Id, learningPathId = path.Id });
        var byAgent = await EnrolAsync(new { agentId = agent.Id, learningPathId = path.Id }, _host.AgentSelf(agent.Id));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var enrolment = (await created.Content.ReadFromJsonAsync<EnrolmentResponse>(SuiteJson.Options, Cancel))!;
        Assert.Equal((agent.Id, path.Id, Today.AddDays(60), "Ready for escalations", EnrolmentStatus.NotStarted),
            (enrolment.AgentId, enrolment.LearningPathId, enrolment.DueOn, enrolment.Reason, enrolment.Status));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already enrolled", (await again.Content.ReadFromJsonAsync<ProblemDetails>(SuiteJson.Options, Cancel))!.Detail);
        Assert.Equal(HttpStatusCode.Forbidden, byAgent.StatusCode);
        Assert.Equal(enrolment.Id, Assert.Single(await _host.Training.EnrolmentsAsync(agent.Id)).Id);
    }

    [Fact]
    public async Task Enrolling_an_unknown_agent_or_path_or_a_past_due_date_is_a_400_naming_fields_and_writes_nothing()
    {
        var agent = _host.Training.Directory.Add();
        var otherTenantsPath = await _host.Training.CreatePathAsync(new { name = "Advanced", kind = "advanced", dueAfterDays = 60 }, TestTokens.TenantB);

        var empty = await EnrolAsync(new { });
        var unknown = await EnrolAsync(new { agentId = Guid.CreateVersion7(), learningPathId = otherTenantsPath.Id });
        var pastDue = await EnrolAsync(new { agentId = agent.Id, learningPathId = otherTenantsPath.Id, dueOn = Today.AddDays(-1), reason = new string('x', 201) });

        Assert.Equal(["agentId", "learningPathId"], await FieldsAsync(empty));
        Assert.Equal(["agentId", "learningPathId"], await FieldsAsync(unknown));
        Assert.Equal(["dueOn", "reason"], await FieldsAsync(pastDue));
        Assert.Equal(0, await _host.CountAsync(db => db.Enrolments));
    }

    [Fact]
    public async Task An_expiring_certification_is_renewed_through_the_courses_re_certification_path()
    {
        var (course, bank) = await _host.QuizReadyCourseAsync(maxAttempts: 1, certificationValidityDays: 100);
        var advanced = await _host.Training.CreatePathAsync(new { name = "Advanced", kind = "advanced", dueAfterDays = 60 });
        var renewal = await _host.Training.CreatePathAsync(new { name = "Red lines renewal", kind = "recertification", dueAfterDays = 30 });
        (await _host.Supervisor().PutAsJsonAsync($"/api/training/learning-paths/{renewal.Id}/courses", new { courseIds = new[] { course.Id } }, Cancel))
            .EnsureSuccessStatusCode();
        var agentId = Guid.CreateVersion7();
        await PassAsync(course.Id, agentId, bank);
        var first = await CurrentCertificationAsync(agentId);

        var noPathYet = await RecertifyAsync(first.Id);
        var notRecertification = await _host.Supervisor().PutAsJsonAsync($"/api/training/courses/{course.Id}/recertification-path", new { learningPathId = advanced.Id }, Cancel);
        var named = await _host.Supervisor().PutAsJsonAsync($"/api/training/courses/{course.Id}/recertification-path", new { learningPathId = renewal.Id }, Cancel);
        var tooEarly = await RecertifyAsync(first.Id);
        _host.Clock.Advance(TimeSpan.FromDays(20));
        var enrolled = await RecertifyAsync(first.Id);
        var twice = await RecertifyAsync(first.Id);

        Assert.Equal(HttpStatusCode.Conflict, noPathYet.StatusCode);
        Assert.Equal(["learningPathId"], await FieldsAsync(notRecertification));
        Assert.Equal(renewal.Id, (await named.Content.ReadFromJsonAsync<CourseResponse>(SuiteJson.Options, Cancel))!.RecertificationPathId);
        Assert.Contains("opens 90 days before", (await tooEarly.Content.ReadFromJsonAsync<ProblemDetails>(SuiteJson.Options, Cancel))!.Detail);
        Assert.Equal(HttpStatusCode.Created, enrolled.StatusCode);
        var enrolment = (await enrolled.Content.ReadFromJsonAsync<EnrolmentResponse>(SuiteJson.Options, Cancel))!;
        // Due the path's 30 days from today, which come before the certification runs out (in 80 days).
        Assert.Equal((renewal.Id, Today.AddDays(30)), (enrolment.LearningPathId, enrolment.DueOn));
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);

        // The quiz allowed one attempt, used by the first pass; a pass starts a fresh allowance.
        await PassAsync(course.Id, agentId, bank);
        var renewed = await CurrentCertificationAsync(agentId);
        var supersededAgain = await RecertifyAsync(first.Id);

        Assert.NotEqual(first.Id, renewed.Id);
        Assert.Equal(EnrolmentStatus.Completed, (await _host.Training.EnrolmentsAsync(agentId)).Single(e => e.Id == enrolment.Id).Status);
        Assert.Contains("superseded", (await supersededAgain.Content.ReadFromJsonAsync<ProblemDetails>(SuiteJson.Options, Cancel))!.Detail);
        var all = await _host.Supervisor().GetFromJsonAsync<List<CertificationResponse>>($"/api/training/agents/{agentId}/certifications", SuiteJson.Options, Cancel);
        Assert.Equal([(renewed.Id, true), (first.Id, false)], all!.Select(certification => (certification.Id, certification.IsCurrent)));

        // The renewed certification runs out too: the expiry job reopens the completed path for the next cycle.
        _host.Clock.Advance(TimeSpan.FromDays(101));
        await _host.Training.Factory.Services.GetRequiredService<CertificationExpiryJob>().RunOnceAsync(Cancel);
        var manual = await RecertifyAsync(renewed.Id);

        var again = (await _host.Training.EnrolmentsAsync(agentId)).Single(e => e.LearningPathId == renewal.Id);
        Assert.Equal((enrolment.Id, EnrolmentStatus.NotStarted, Today.AddDays(30)), (again.Id, again.Status, again.DueOn));
        Assert.Contains("already enrolled", (await manual.Content.ReadFromJsonAsync<ProblemDetails>(SuiteJson.Options, Cancel))!.Detail);
        var progress = await _host.Supervisor().GetFromJsonAsync<EnrolmentProgressResponse>($"/api/training/enrolments/{enrolment.Id}/progress", SuiteJson.Options, Cancel);
        Assert.Equal((0, 1), (progress!.CoursesCompleted, progress.CoursesOnPath));
    }

    [Fact]
    public async Task Expiry_enrols_every_holder_in_the_re_certification_path_once_in_the_same_pass_as_the_announcement()
    {
        var (course, bank) = await _host.QuizReadyCourseAsync(certificationValidityDays: 30);
        var renewal = await _host.Training.CreatePathAsync(new { name = "Red lines renewal", kind = "recertification", dueAfterDays = 14 });
        (await _host.Supervisor().PutAsJsonAsync($"/api/training/courses/{course.Id}/recertification-path", new { learningPathId = renewal.Id }, Cancel))
            .EnsureSuccessStatusCode();
        Guid first = Guid.CreateVersion7(), second = Guid.CreateVersion7();
        await PassAsync(course.Id, first, bank);
        await PassAsync(course.Id, second, bank);
        var job = _host.Training.Factory.Services.GetRequiredService<CertificationExpiryJob>();

        _host.Clock.Advance(TimeSpan.FromDays(31));
        await Task.WhenAll(job.RunOnceAsync(Cancel), job.RunOnceAsync(Cancel));
        await job.RunOnceAsync(Cancel);

        foreach (var agentId in new[] { first, second })
        {
            var enrolment = Assert.Single(await _host.Training.EnrolmentsAsync(agentId));
            Assert.Equal((renewal.Id, Today.AddDays(14)), (enrolment.LearningPathId, enrolment.DueOn));
            Assert.StartsWith("re-certification of", enrolment.Reason);
        }

        Assert.Equal(2, await _host.CountAsync(db => db.Certifications.Where(certification => certification.ExpiryAnnouncedAt != null)));
    }

    [Fact]
    public async Task Recertifying_an_unknown_or_other_tenants_certification_is_a_404_and_agents_may_not()
    {
        var (course, bank) = await _host.QuizReadyCourseAsync();
        var agentId = Guid.CreateVersion7();
        await PassAsync(course.Id, agentId, bank);
        var certification = await CurrentCertificationAsync(agentId);

        var unknown = await RecertifyAsync(Guid.CreateVersion7());
        var otherTenant = await _host.Training.Supervisor(TestTokens.TenantB).PostAsync($"/api/training/certifications/{certification.Id}/recertification", null, Cancel);
        var byAgent = await _host.AgentSelf(agentId).PostAsync($"/api/training/certifications/{certification.Id}/recertification", null, Cancel);

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.Forbidden], [unknown.StatusCode, otherTenant.StatusCode, byAgent.StatusCode]);
    }

    private async Task PassAsync(Guid courseId, Guid agentId, IEnumerable<BankQuestionResponse> bank)
    {
        var attempt = await _host.StartAsync(courseId, agentId);
        Assert.Equal(AttemptStatus.Passed, (await _host.SubmitAsync(attempt.Id, bank.Select(CoursewareHost.RightAnswer))).Status);
    }

    private async Task<CertificationResponse> CurrentCertificationAsync(Guid agentId) =>
        (await _host.Supervisor().GetFromJsonAsync<List<CertificationResponse>>($"/api/training/agents/{agentId}/certifications", SuiteJson.Options, Cancel))!
        .Single(certification => certification.IsCurrent);

    private Task<HttpResponseMessage> RecertifyAsync(Guid certificationId) =>
        _host.Supervisor().PostAsync($"/api/training/certifications/{certificationId}/recertification", null, Cancel);

    private static async Task<List<string>> FieldsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel))!.Errors.Keys.Order().ToList();
    }
}
