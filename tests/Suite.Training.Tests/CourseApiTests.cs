using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;
using Suite.Training.Api;
using Suite.Training.Domain;

namespace Suite.Training.Tests;

public sealed class CourseApiTests : IAsyncLifetime
{
    private readonly CoursewareHost _host = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task A_course_is_created_in_a_kebab_case_category_and_listed_by_category()
    {
        var response = await _host.Supervisor().PostAsJsonAsync("/api/training/courses",
            new { title = "KPIs agents are appraised on", category = "kpis-and-performance" }, Cancel);
        await _host.CreateCourseAsync("After-sales standards", "after-sales");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains("\"category\":\"kpis-and-performance\"", await response.Content.ReadAsStringAsync(Cancel));
        var course = (await response.Content.ReadFromJsonAsync<CourseResponse>(SuiteJson.Options, Cancel))!;
        Assert.Equal($"/api/training/courses/{course.Id}", response.Headers.Location?.ToString());
        Assert.Equal((0, null), (course.LatestVersion, course.Assessment));
        var kpis = await _host.Agent().GetFromJsonAsync<List<CourseResponse>>("/api/training/courses?category=kpis-and-performance", SuiteJson.Options, Cancel);
        Assert.Equal(course.Id, Assert.Single(kpis!).Id);
        var all = await _host.Agent().GetFromJsonAsync<List<CourseResponse>>("/api/training/courses", SuiteJson.Options, Cancel);
        Assert.Equal(["After-sales standards", "KPIs agents are appraised on"], all!.Select(c => c.Title));
    }

    [Fact]
    public async Task An_unknown_category_filter_is_a_400_naming_the_parameter()
    {
        var response = await _host.Agent().GetAsync("/api/training/courses?category=PreSales", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel);
        Assert.Equal(["category"], problem!.Errors.Keys);
    }

    [Fact]
    public async Task Invalid_course_details_are_a_validation_problem_and_write_nothing()
    {
        var response = await _host.Supervisor().PostAsJsonAsync("/api/training/courses", new { title = " ", description = new string('d', 2001) }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel);
        Assert.Equal(["category", "description", "title"], problem!.Errors.Keys.Order());
        Assert.Equal(0, await _host.CountAsync(db => db.Courses));
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("{\"title\":\"X\",\"category\":\"wizardry\"}")]
    [InlineData("{\"title\":\"X\",\"category\":3}")]
    public async Task A_malformed_course_body_is_a_400_problem(string body)
    {
        var response = await _host.Supervisor().PostAsync("/api/training/courses", new StringContent(body, Encoding.UTF8, "application/json"), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(SuiteJson.Options, Cancel);
        Assert.False(string.IsNullOrWhiteSpace(problem!.Detail));
    }

    [Fact]
    public async Task Publishing_a_new_version_keeps_the_earlier_one_readable()
    {
        var course = await _host.CreateCourseAsync();
        var first = await _host.PublishAsync(course.Id);
        var second = await _host.PublishAsync(course.Id, new
        {
            lessons = new[] { new { title = "Red lines, 2027 rules", markdown = "New platform rules." } },
            changeNote = "2027 platform rules",
        });

        var v1 = await _host.Agent().GetFromJsonAsync<CourseVersionResponse>($"/api/training/courses/{course.Id}/versions/1", SuiteJson.Options, Cancel);
        var versions = await _host.Agent().GetFromJsonAsync<List<CourseVersionSummary>>($"/api/training/courses/{course.Id}/versions", SuiteJson.Options, Cancel);
        var reloaded = await _host.Agent().GetFromJsonAsync<CourseResponse>($"/api/training/courses/{course.Id}", SuiteJson.Options, Cancel);

        Assert.Equal((1, 2), (first.Number, second.Number));
        Assert.Equal(2, reloaded!.LatestVersion);
        Assert.Equal(["Red lines of the platforms", "Bad reviews"], v1!.Lessons.Select(lesson => lesson.Title));
        Assert.Equal("https://files.example.com/red-lines.pdf", v1.Lessons[0].Attachments.Single().Url);
        Assert.Empty(v1.Lessons[1].Attachments);
        Assert.Equal([(2, 1), (1, 2)], versions!.Select(version => (version.Number, version.LessonCount)));
        Assert.Equal("2027 platform rules", versions![0].ChangeNote);
    }

    [Fact]
    public async Task Invalid_courseware_names_each_lesson_field_and_publishes_nothing()
    {
        var course = await _host.CreateCourseAsync();

        var response = await _host.Supervisor().PostAsJsonAsync($"/api/training/courses/{course.Id}/versions", new
        {
            lessons = new object[]
            {
                new { title = "", markdown = "Body" },
                new { title = "Slides", markdown = "Body", attachments = new[] { new { title = "Deck", url = "not a url" } } },
            },
        }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel);
        Assert.Equal(["lessons[0].title", "lessons[1].attachments[0].url"], problem!.Errors.Keys.Order());
        Assert.Equal(0, await _host.CountAsync(db => db.CourseVersions));
        Assert.Equal(0, (await _host.Agent().GetFromJsonAsync<CourseResponse>($"/api/training/courses/{course.Id}", SuiteJson.Options, Cancel))!.LatestVersion);
    }

    [Fact]
    public async Task Unknown_and_other_tenants_courses_and_versions_are_not_found()
    {
        var course = await _host.CreateCourseAsync();
        await _host.PublishAsync(course.Id);
        var tenantB = _host.Supervisor(TestTokens.TenantB);

        Assert.Equal(HttpStatusCode.NotFound, (await tenantB.GetAsync($"/api/training/courses/{course.Id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await tenantB.GetAsync($"/api/training/courses/{course.Id}/versions/1", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await tenantB.PostAsJsonAsync($"/api/training/courses/{course.Id}/versions", CoursewareHost.Lessons(), Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _host.Agent().GetAsync($"/api/training/courses/{course.Id}/versions/9", Cancel)).StatusCode);
        var missing = await _host.Agent().GetAsync($"/api/training/courses/{Guid.CreateVersion7()}", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Empty((await tenantB.GetFromJsonAsync<List<CourseResponse>>("/api/training/courses", SuiteJson.Options, Cancel))!);
    }

    [Fact]
    public async Task Only_management_writes_courseware_and_anyone_needs_a_token()
    {
        var course = await _host.CreateCourseAsync();

        var agentCreate = await _host.Agent().PostAsJsonAsync("/api/training/courses", new { title = "X", category = "pre-sales" }, Cancel);
        var agentPublish = await _host.Agent().PostAsJsonAsync($"/api/training/courses/{course.Id}/versions", CoursewareHost.Lessons(), Cancel);
        var integratorAssessment = await _host.Training.Factory.ClientFor(TestTokens.TenantA, SuiteRoles.Integrator)
            .PutAsJsonAsync($"/api/training/courses/{course.Id}/assessment", new { questionsPerAttempt = 1, timeLimitMinutes = 5, maxAttempts = 1, passMarkPercent = 50 }, Cancel);
        var anonymous = await _host.Training.Factory.AnonymousClient().GetAsync("/api/training/courses", Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, agentCreate.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, agentPublish.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, integratorAssessment.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Quiz_settings_are_validated_naming_fields()
    {
        var course = await _host.CreateCourseAsync();

        var response = await _host.Supervisor().PutAsJsonAsync($"/api/training/courses/{course.Id}/assessment",
            new { questionsPerAttempt = 0, timeLimitMinutes = 30, maxAttempts = 3, passMarkPercent = 120, certificationValidityDays = 0 }, Cancel);
        var saved = await _host.SetAssessmentAsync(course.Id, new { questionsPerAttempt = 5, timeLimitMinutes = 30, maxAttempts = 3, passMarkPercent = 80 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel);
        Assert.Equal(["certificationValidityDays", "passMarkPercent", "questionsPerAttempt"], problem!.Errors.Keys.Order());
        Assert.Equal(new AssessmentResponse(5, 30, 3, 80, null), saved.Assessment);
    }

    [Fact]
    public async Task A_learning_path_takes_an_ordered_list_of_courses()
    {
        var path = await _host.Training.CreatePathAsync(new { name = "Onboarding", kind = "onboarding", dueAfterDays = 30 });
        var rules = await _host.CreateCourseAsync("Red lines", "platform-rules-and-red-lines");
        var preSales = await _host.CreateCourseAsync("Reception flow", "pre-sales");
        var afterSales = await _host.CreateCourseAsync("Refunds", "after-sales");
        var url = $"/api/training/learning-paths/{path.Id}/courses";

        (await _host.Supervisor().PutAsJsonAsync(url, new { courseIds = new[] { preSales.Id, afterSales.Id } }, Cancel)).EnsureSuccessStatusCode();
        var response = await _host.Supervisor().PutAsJsonAsync(url, new { courseIds = new[] { rules.Id, preSales.Id, afterSales.Id } }, Cancel);
        var listed = await _host.Agent().GetFromJsonAsync<List<PathCourseResponse>>(url, SuiteJson.Options, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([(1, rules.Id), (2, preSales.Id), (3, afterSales.Id)], listed!.Select(entry => (entry.Position, entry.CourseId)));
        Assert.Equal(CourseCategory.PlatformRulesAndRedLines, listed![0].Category);
    }

    [Fact]
    public async Task A_path_refuses_unknown_repeated_or_other_tenants_courses_and_keeps_its_list()
    {
        var path = await _host.Training.CreatePathAsync(new { name = "Advanced", kind = "advanced", dueAfterDays = 60 });
        var course = await _host.CreateCourseAsync();
        var theirs = await _host.CreateCourseAsync("Theirs", "pre-sales", TestTokens.TenantB);
        var url = $"/api/training/learning-paths/{path.Id}/courses";
        (await _host.Supervisor().PutAsJsonAsync(url, new { courseIds = new[] { course.Id } }, Cancel)).EnsureSuccessStatusCode();

        var response = await _host.Supervisor().PutAsJsonAsync(url, new { courseIds = new[] { course.Id, course.Id, theirs.Id } }, Cancel);
        var otherTenant = await _host.Supervisor(TestTokens.TenantB).PutAsJsonAsync(url, new { courseIds = new[] { theirs.Id } }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel);
        Assert.Equal(["courseIds[1]", "courseIds[2]"], problem!.Errors.Keys.Order());
        Assert.Equal(HttpStatusCode.NotFound, otherTenant.StatusCode);
        Assert.Equal(course.Id, Assert.Single((await _host.Agent().GetFromJsonAsync<List<PathCourseResponse>>(url, SuiteJson.Options, Cancel))!).CourseId);
    }
}
