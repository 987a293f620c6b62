using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Suite.Complaints.Api;
using Suite.Complaints.Domain;
using Suite.Complaints.Domain.Routing;
using Suite.Complaints.Domain.Sla;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.ServiceDefaults.Paging;
using Suite.Testing;
using static Suite.Complaints.Tests.ComplaintCalls;

namespace Suite.Complaints.Tests;

/// <summary>Department routing: hand-offs with their own clocks, answers, and the complaint's clock paused meanwhile.</summary>
public sealed class RoutingApiTests
{
    private static readonly DateTimeOffset Monday10 = new(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);

    private static async Task<HandOffResponse> HandOffAsync(HttpClient client, ComplaintResponse complaint, string? topic = null)
    {
        var response = await client.PostAsJsonAsync($"{ComplaintsRoute}/{complaint.Id}/hand-offs",
            new { topic, question = "Is batch 2026-11 of the kettle leaking?", expectedVersion = complaint.Version });
        Assert.True(HttpStatusCode.Created == response.StatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<HandOffResponse>(SuiteJson.Options))!;
    }

    [Fact]
    public async Task A_product_problem_goes_to_product_pausing_the_resolution_clock_until_product_answers()
    {
        var clock = new FakeTimeProvider(Monday10);
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling().WithServices(services => services.AddSingleton<TimeProvider>(clock));
        var supervisor = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor);
        await supervisor.PostAsJsonAsync("/api/complaints/sla-policies",
            new { rank = 1, name = "Standard", firstResponseMinutes = 60, nextUpdateMinutes = 240, resolutionMinutes = 480 });
        var acknowledged = await supervisor.MovedAsync(await supervisor.FileAsync(ComplaintBodies.Valid(category: "product-quality")), "acknowledged");
        clock.Advance(TimeSpan.FromMinutes(30));

        var handOff = await HandOffAsync(supervisor, acknowledged);
        clock.Advance(TimeSpan.FromHours(3));
        var waiting = await supervisor.GetFromJsonAsync<ComplaintResponse>($"{ComplaintsRoute}/{acknowledged.Id}", SuiteJson.Options);
        var answer = await complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Integrator)
            .PostAsJsonAsync($"/api/complaints/hand-offs/{handOff.Id}/answer", new { answer = "Yes: seal defect in that batch; replace it." });
        var answered = await answer.Content.ReadFromJsonAsync<HandOffResponse>(SuiteJson.Options);
        var resumed = await supervisor.GetFromJsonAsync<ComplaintResponse>($"{ComplaintsRoute}/{acknowledged.Id}", SuiteJson.Options);

        Assert.Equal((HandOffTopic.ProductProblem, "product", Monday10.AddMinutes(30 + 480)), (handOff.Topic, handOff.Department, handOff.DueAt));
        Assert.Equal((ComplaintStatus.AwaitingDepartment, SlaState.Paused, 30.0), (waiting!.Status, waiting.Sla!.Resolution.State, waiting.Sla.Resolution.ElapsedMinutes));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(("Yes: seal defect in that batch; replace it.", false), (answered!.Answer, answered.Overdue));
        Assert.Equal((ComplaintStatus.Investigating, SlaState.OnTrack), (resumed!.Status, resumed.Sla!.Resolution.State));
        var actions = (await supervisor.AuditAsync(acknowledged.Id)).Select(entry => entry.Action).ToList();
        Assert.Equal([AuditAction.HandOffRequested, AuditAction.HandOffAnswered], actions.Where(action => action is AuditAction.HandOffRequested or AuditAction.HandOffAnswered));
    }

    [Fact]
    public async Task A_tenants_rule_routes_visual_material_to_its_own_department_whose_queue_shows_it_overdue()
    {
        var clock = new FakeTimeProvider(Monday10);
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling().WithServices(services => services.AddSingleton<TimeProvider>(clock));
        var supervisor = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor);
        var rule = await supervisor.PutAsJsonAsync("/api/complaints/routing-rules/visual-material", new { department = "Creative-Studio", answerWithinMinutes = 60 });
        var rules = await supervisor.GetFromJsonAsync<List<DepartmentRoute>>("/api/complaints/routing-rules", SuiteJson.Options);
        var investigating = await supervisor.MovedAsync(await supervisor.FileAsync(), "investigating");

        var handOff = await HandOffAsync(supervisor, investigating, "visual-material");
        clock.Advance(TimeSpan.FromMinutes(61));
        var queue = await complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Integrator)
            .GetFromJsonAsync<PagedResponse<HandOffResponse>>("/api/complaints/hand-offs?department=creative-studio&open=true", SuiteJson.Options);

        Assert.Equal(HttpStatusCode.OK, rule.StatusCode);
        Assert.Contains(rules!, route => route is { Topic: HandOffTopic.VisualMaterial, Department: "creative-studio", IsDefault: false });
        Assert.Contains(rules!, route => route is { Topic: HandOffTopic.PricingOrListingError, Department: "operations", IsDefault: true });
        Assert.Equal("creative-studio", handOff.Department);
        var queued = Assert.Single(queue!.Items);
        Assert.Equal((handOff.Id, true), (queued.Id, queued.Overdue));
    }

    [Fact]
    public async Task Hand_offs_are_refused_for_bad_input_other_tenants_wrong_roles_illegal_moves_and_double_answers()
    {
        await using var complaints = SchedulingFixture.ComplaintsWithoutScheduling();
        var supervisor = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Supervisor);
        var fresh = await supervisor.FileAsync();
        var route = $"{ComplaintsRoute}/{fresh.Id}/hand-offs";

        var invalid = await supervisor.PostAsJsonAsync(route, new { question = "" });
        var fromNew = await supervisor.PostAsJsonAsync(route, new { topic = "other", question = "Why?", expectedVersion = fresh.Version });
        var otherTenant = await complaints.ClientFor(TestTokens.TenantB, SuiteRoles.Supervisor)
            .PostAsJsonAsync(route, new { topic = "other", question = "Why?", expectedVersion = fresh.Version });
        var agent = await complaints.ClientForAgent(TestTokens.TenantA, Guid.CreateVersion7())
            .PostAsJsonAsync(route, new { topic = "other", question = "Why?", expectedVersion = fresh.Version });
        var acknowledged = await supervisor.MovedAsync(fresh, "acknowledged");
        var stale = await supervisor.PostAsJsonAsync(route, new { topic = "other", question = "Why?", expectedVersion = fresh.Version });
        var handOff = await HandOffAsync(supervisor, acknowledged, "other");
        var integrator = complaints.ClientFor(TestTokens.TenantA, SuiteRoles.Integrator);
        var first = await integrator.PostAsJsonAsync($"/api/complaints/hand-offs/{handOff.Id}/answer", new { answer = "Done." });
        var second = await integrator.PostAsJsonAsync($"/api/complaints/hand-offs/{handOff.Id}/answer", new { answer = "Done again." });
        var unknown = await integrator.PostAsJsonAsync($"/api/complaints/hand-offs/{Guid.CreateVersion7()}/answer", new { answer = "Done." });
        var badTopic = await supervisor.PutAsJsonAsync("/api/complaints/routing-rules/marketing", new { department = "", answerWithinMinutes = 0 });

        var problem = await invalid.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options);
        Assert.Equal(["expectedVersion", "question", "topic"], problem!.Errors.Keys.Order());
        Assert.Equal(HttpStatusCode.Conflict, fromNew.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherTenant.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, agent.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.NotFound), (first.StatusCode, second.StatusCode, unknown.StatusCode));
        var ruleProblem = await badTopic.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options);
        Assert.Equal(["answerWithinMinutes", "department", "topic"], ruleProblem!.Errors.Keys.Order());
        Assert.Single(await supervisor.GetFromJsonAsync<List<HandOffResponse>>(route, SuiteJson.Options) ?? []);
    }
}
