using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Suite.ServiceDefaults;
using Suite.Testing;
using Suite.Training.Domain;

namespace Suite.Training.Tests;

/// <summary>The first loop across services: Scheduling hires, Training enrols the hire in onboarding.</summary>
public sealed class OnboardingOnHireTests : IAsyncLifetime
{
    private readonly TrainingHost _training = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _training.DisposeAsync();

    [Fact]
    public async Task A_hire_is_enrolled_in_the_standard_onboarding_path_due_30_days_after_the_hire_date()
    {
        var hired = TrainingHost.Hired(hiredOn: new DateOnly(2026, 11, 2));

        await _training.PublishAsync(hired);

        var enrolment = Assert.Single(await _training.EnrolmentsAsync(hired.AgentId));
        var path = Assert.Single(await _training.LearningPathsAsync());
        Assert.Equal(hired.AgentId, enrolment.AgentId);
        Assert.Equal(path.Id, enrolment.LearningPathId);
        Assert.Equal("New-hire onboarding", enrolment.LearningPathName);
        Assert.Equal(new DateOnly(2026, 12, 2), enrolment.DueOn);
        Assert.Equal(EnrolmentStatus.NotStarted, enrolment.Status);
        Assert.Equal("onboarding on hire", enrolment.Reason);
        Assert.Equal((LearningPathKind.Onboarding, 30, true), (path.Kind, path.DueAfterDays, path.IsDefaultOnboarding));
        Assert.Contains("red lines", path.Description);
    }

    [Fact]
    public async Task The_same_event_delivered_twice_enrols_once()
    {
        var hired = TrainingHost.Hired();

        await _training.PublishAsync(hired, hired);
        await _training.PublishAsync(hired);

        var enrolment = Assert.Single(await _training.EnrolmentsAsync(hired.AgentId));
        Assert.Equal(TrainingHost.HiredOn.AddDays(30), enrolment.DueOn);
        Assert.Equal((Paths: 1, Enrolments: 1, Inbox: 1), await _training.CountRowsAsync());
    }

    [Fact]
    public async Task A_second_event_about_an_agent_already_enrolled_in_the_path_changes_nothing()
    {
        var hired = TrainingHost.Hired();
        await _training.PublishAsync(hired);

        await _training.PublishAsync(hired with { EventId = Guid.CreateVersion7(), HiredOn = TrainingHost.HiredOn.AddDays(5) });

        var enrolment = Assert.Single(await _training.EnrolmentsAsync(hired.AgentId));
        Assert.Equal(TrainingHost.HiredOn.AddDays(30), enrolment.DueOn);
        Assert.Equal((Paths: 1, Enrolments: 1, Inbox: 2), await _training.CountRowsAsync());
    }

    [Fact]
    public async Task The_standard_path_is_created_once_per_tenant_even_for_simultaneous_first_hires()
    {
        var first = TrainingHost.Hired(TestTokens.TenantA);
        var second = TrainingHost.Hired(TestTokens.TenantA);
        var third = TrainingHost.Hired(TestTokens.TenantA);
        var inTenantB = TrainingHost.Hired(TestTokens.TenantB);

        await _training.PublishAsync(first, second, third, inTenantB);

        var pathA = Assert.Single(await _training.LearningPathsAsync(TestTokens.TenantA));
        var pathB = Assert.Single(await _training.LearningPathsAsync(TestTokens.TenantB));
        Assert.NotEqual(pathA.Id, pathB.Id);
        foreach (var hired in new[] { first, second, third })
        {
            Assert.Equal(pathA.Id, Assert.Single(await _training.EnrolmentsAsync(hired.AgentId, TestTokens.TenantA)).LearningPathId);
        }

        Assert.Equal(pathB.Id, Assert.Single(await _training.EnrolmentsAsync(inTenantB.AgentId, TestTokens.TenantB)).LearningPathId);
    }

    [Fact]
    public async Task A_default_designated_by_a_supervisor_is_used_instead_of_the_standard_path()
    {
        var designated = await _training.CreatePathAsync(new
        {
            name = "JD pre-sales onboarding", description = "JD rules, pre-sales phrasing.", kind = "onboarding", dueAfterDays = 14, isDefaultOnboarding = true,
        });
        var hired = TrainingHost.Hired(hiredOn: new DateOnly(2026, 12, 25));

        await _training.PublishAsync(hired);

        var enrolment = Assert.Single(await _training.EnrolmentsAsync(hired.AgentId));
        Assert.Equal(designated.Id, enrolment.LearningPathId);
        Assert.Equal(new DateOnly(2027, 1, 8), enrolment.DueOn);
        Assert.Single(await _training.LearningPathsAsync());
    }

    [Fact]
    public async Task Enrolments_are_listed_newest_first()
    {
        var hired = TrainingHost.Hired();
        await _training.PublishAsync(hired);
        var newDefault = await _training.CreatePathAsync(new
        {
            name = "Onboarding 2027", description = "", kind = "onboarding", dueAfterDays = 45, isDefaultOnboarding = true,
        });

        await _training.PublishAsync(hired with { EventId = Guid.CreateVersion7() });

        var enrolments = await _training.EnrolmentsAsync(hired.AgentId);
        Assert.Equal(["Onboarding 2027", "New-hire onboarding"], enrolments.Select(enrolment => enrolment.LearningPathName));
        Assert.Equal(newDefault.Id, enrolments[0].LearningPathId);
        Assert.Equal(TrainingHost.HiredOn.AddDays(45), enrolments[0].DueOn);
        Assert.True(enrolments[0].EnrolledAt > enrolments[1].EnrolledAt);
    }

    [Fact]
    public async Task An_agent_with_no_enrolments_has_an_empty_list()
    {
        var response = await _training.Supervisor().GetAsync($"/api/training/agents/{Guid.CreateVersion7()}/enrolments", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("[]", await response.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task A_malformed_agent_id_is_a_400_problem()
    {
        var response = await _training.Agent().GetAsync("/api/training/agents/not-an-id/enrolments", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(SuiteJson.Options, Cancel);
        Assert.Contains("agentId", problem!.Detail);
    }

    [Fact]
    public async Task Another_tenant_sees_neither_the_enrolments_nor_the_path()
    {
        var hired = TrainingHost.Hired(TestTokens.TenantA);
        await _training.PublishAsync(hired);

        Assert.Single(await _training.EnrolmentsAsync(hired.AgentId, TestTokens.TenantA));
        Assert.Empty(await _training.EnrolmentsAsync(hired.AgentId, TestTokens.TenantB));
        Assert.Empty(await _training.LearningPathsAsync(TestTokens.TenantB));
        Assert.Equal((Paths: 0, Enrolments: 0, Inbox: 1), await _training.CountRowsAsync(TestTokens.TenantB));
    }

    [Fact]
    public async Task Reading_enrolments_needs_a_token()
    {
        var response = await _training.Factory.AnonymousClient().GetAsync($"/api/training/agents/{Guid.CreateVersion7()}/enrolments", Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
