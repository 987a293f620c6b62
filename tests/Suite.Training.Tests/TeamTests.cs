using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Paging;
using Suite.Testing;
using Suite.Training.Api;

namespace Suite.Training.Tests;

/// <summary>Views per team: teams are Scheduling's, so Training asks it who is in each.</summary>
public sealed class TeamTests : IAsyncLifetime
{
    private const string Tmall = "Tmall after-sales";
    private const string Jd = "JD pre-sales";

    private readonly CoursewareHost _host = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private DateOnly Today => DateOnly.FromDateTime(_host.Clock.GetUtcNow().UtcDateTime);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    /// <summary>An agent Scheduling knows in the team, hired that many days ago and enrolled in onboarding (due 30 days after hire).</summary>
    private async Task<Guid> HireAsync(string team, int daysAgo)
    {
        var agent = _host.Training.Directory.Add(team, Today.AddDays(-daysAgo));
        await _host.Training.PublishAsync(TrainingHost.Hired(agentId: agent.Id, hiredOn: agent.HiredOn));
        return agent.Id;
    }

    private async Task PassAsync(Guid courseId, Guid agentId, IEnumerable<BankQuestionResponse> bank, bool pass = true)
    {
        var attempt = await _host.StartAsync(courseId, agentId);
        await _host.SubmitAsync(attempt.Id, pass ? bank.Select(CoursewareHost.RightAnswer) : bank.Select(CoursewareHost.WrongAnswer));
    }

    [Fact]
    public async Task The_overdue_list_per_team_pages_most_overdue_first_and_names_each_agents_team()
    {
        var oldest = await HireAsync(Tmall, 60);
        var older = await HireAsync(Tmall, 40);
        var jd = await HireAsync(Jd, 50);
        await HireAsync(Tmall, 10);

        var firstPage = await _host.Supervisor().GetFromJsonAsync<PagedResponse<OverdueEnrolmentResponse>>(
            $"/api/training/enrolments/overdue?team={Uri.EscapeDataString(Tmall)}&pageSize=1", SuiteJson.Options, Cancel);
        var secondPage = await _host.Supervisor().GetFromJsonAsync<PagedResponse<OverdueEnrolmentResponse>>(
            $"/api/training/enrolments/overdue?team={Uri.EscapeDataString(Tmall)}&pageSize=1&page=2", SuiteJson.Options, Cancel);
        var everyone = await _host.Supervisor().GetFromJsonAsync<PagedResponse<OverdueEnrolmentResponse>>(
            "/api/training/enrolments/overdue", SuiteJson.Options, Cancel);
        var otherTenant = await _host.Supervisor(TestTokens.TenantB).GetFromJsonAsync<PagedResponse<OverdueEnrolmentResponse>>(
            "/api/training/enrolments/overdue", SuiteJson.Options, Cancel);

        Assert.Equal((2, 1, 1), (firstPage!.Total, firstPage.Page, firstPage.PageSize));
        var first = Assert.Single(firstPage.Items);
        Assert.Equal((oldest, Tmall, 30), (first.AgentId, first.Team, first.DaysOverdue));
        Assert.Equal(older, Assert.Single(secondPage!.Items).AgentId);
        Assert.Equal([(oldest, Tmall), (jd, Jd), (older, Tmall)], everyone!.Items.Select(item => (item.AgentId, item.Team!)));
        Assert.Equal(0, otherTenant!.Total);
    }

    [Fact]
    public async Task The_overdue_list_refuses_bad_paging_and_a_blank_team_and_is_for_management_only()
    {
        var badPage = await _host.Supervisor().GetAsync("/api/training/enrolments/overdue?page=0&pageSize=500", Cancel);
        var blankTeam = await _host.Supervisor().GetAsync("/api/training/enrolments/overdue?team=%20", Cancel);
        var byAgent = await _host.AgentSelf(Guid.CreateVersion7()).GetAsync("/api/training/enrolments/overdue", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, badPage.StatusCode);
        Assert.Equal(["page", "pageSize"], (await badPage.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel))!.Errors.Keys.Order());
        Assert.Equal(["team"], (await blankTeam.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel))!.Errors.Keys);
        Assert.Equal(HttpStatusCode.Forbidden, byAgent.StatusCode);
    }

    [Fact]
    public async Task Scheduling_down_is_a_503_problem_and_nothing_is_written()
    {
        var path = await _host.Training.CreatePathAsync(new { name = "Advanced after-sales", kind = "advanced", dueAfterDays = 60 });
        _host.Training.Directory.Unavailable = true;

        var overdue = await _host.Supervisor().GetAsync("/api/training/enrolments/overdue?team=X", Cancel);
        var report = await _host.Supervisor().GetAsync("/api/training/reports/teams", Cancel);
        var enrol = await _host.Supervisor().PostAsJsonAsync("/api/training/enrolments", new { agentId = Guid.CreateVersion7(), learningPathId = path.Id }, Cancel);

        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable],
            [overdue.StatusCode, report.StatusCode, enrol.StatusCode]);
        Assert.Equal(503, (await enrol.Content.ReadFromJsonAsync<ProblemDetails>(SuiteJson.Options, Cancel))!.Status);
        Assert.Equal(0, await _host.CountAsync(db => db.Enrolments));
    }

    [Fact]
    public async Task The_team_report_gives_completion_and_pass_rates_per_team_and_course()
    {
        var (course, bank) = await _host.QuizReadyCourseAsync();
        var passer = _host.Training.Directory.Add(Tmall).Id;
        var failer = _host.Training.Directory.Add(Tmall).Id;
        _host.Training.Directory.Add(Jd);
        await PassAsync(course.Id, passer, bank);
        await PassAsync(course.Id, failer, bank, pass: false);

        var all = await _host.Supervisor().GetFromJsonAsync<List<TeamCourseReportResponse>>("/api/training/reports/teams", SuiteJson.Options, Cancel);
        var tmallOnly = await _host.Supervisor().GetFromJsonAsync<List<TeamCourseReportResponse>>(
            $"/api/training/reports/teams?team={Uri.EscapeDataString(Tmall)}&courseId={course.Id}", SuiteJson.Options, Cancel);
        var unknownCourse = await _host.Supervisor().GetAsync($"/api/training/reports/teams?courseId={Guid.CreateVersion7()}", Cancel);
        var byAgent = await _host.AgentSelf(passer).GetAsync("/api/training/reports/teams", Cancel);

        Assert.Equal(
            [(Jd, 1, 0, 0, 0, (decimal?)null, 0, (decimal?)0m), (Tmall, 2, 2, 2, 1, 50m, 1, 50m)],
            all!.Select(row => (row.Team, row.AgentsInTeam, row.AgentsAttempted, row.AttemptsDecided, row.AttemptsPassed, row.PassRatePercent,
                row.AgentsCompleted, row.CompletionRatePercent)));
        Assert.Equal((Tmall, course.Id, course.Title), Assert.Single(tmallOnly!).Let(row => (row.Team, row.CourseId, row.Title)));
        Assert.Equal(HttpStatusCode.NotFound, unknownCourse.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byAgent.StatusCode);
    }

    [Fact]
    public async Task Time_to_certification_gives_median_p90_and_the_uncertified_per_course_and_team()
    {
        var (course, bank) = await _host.QuizReadyCourseAsync();
        var tenDays = _host.Training.Directory.Add(Tmall, Today.AddDays(-10)).Id;
        var twentyDays = _host.Training.Directory.Add(Tmall, Today.AddDays(-20)).Id;
        _host.Training.Directory.Add(Tmall, Today.AddDays(-3));
        var fiveDays = _host.Training.Directory.Add(Jd, Today.AddDays(-5)).Id;
        _host.Training.Directory.Add(Jd, Today.AddDays(-800));
        foreach (var agentId in new[] { tenDays, twentyDays, fiveDays })
        {
            await PassAsync(course.Id, agentId, bank);
        }

        var rows = await _host.Supervisor().GetFromJsonAsync<List<TimeToCertificationResponse>>(
            "/api/training/reports/time-to-certification", SuiteJson.Options, Cancel);

        Assert.Equal(
            [((string?)null, 4, 3, 1, (decimal?)10m, (decimal?)18m), (Jd, 1, 1, 0, 5m, 5m), (Tmall, 3, 2, 1, 15m, 19m)],
            rows!.Select(row => (row.Team, row.NewHires, row.Certified, row.StillUncertified, row.MedianDays, row.P90Days)));
        Assert.All(rows!, row => Assert.Equal((course.Id, Today.AddDays(-ReportEndpoints.DefaultNewHireWindowDays), Today), (row.CourseId, row.HiredFrom, row.HiredTo)));
    }

    [Theory]
    [InlineData("hiredFrom=2026-13-01", "hiredFrom")]
    [InlineData("hiredTo=yesterday", "hiredTo")]
    [InlineData("hiredFrom=2026-11-10&hiredTo=2026-11-01", "hiredFrom")]
    [InlineData("team=%20", "team")]
    public async Task Time_to_certification_refuses_a_bad_query_naming_the_parameter(string query, string field)
    {
        var response = await _host.Supervisor().GetAsync($"/api/training/reports/time-to-certification?{query}", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel))!.Errors.Keys);
    }
}

internal static class Functional
{
    public static TResult Let<T, TResult>(this T value, Func<T, TResult> map) => map(value);
}
