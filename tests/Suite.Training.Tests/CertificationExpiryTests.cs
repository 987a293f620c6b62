using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Suite.Contracts.Events;
using Suite.ServiceDefaults;
using Suite.Testing;
using Suite.Training.Api;
using Suite.Training.Jobs;

namespace Suite.Training.Tests;

public sealed class CertificationExpiryTests : IAsyncLifetime
{
    private readonly CoursewareHost _host = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private CertificationExpiryJob Job => _host.Training.Factory.Services.GetRequiredService<CertificationExpiryJob>();

    private async Task<Guid> CertifyAsync(Guid agentId, Guid courseId, IEnumerable<BankQuestionResponse> bank)
    {
        var attempt = await _host.StartAsync(courseId, agentId);
        await _host.SubmitAsync(attempt.Id, bank.Select(CoursewareHost.RightAnswer));
        return agentId;
    }

    [Fact]
    public async Task An_expired_certification_is_announced_exactly_once()
    {
        var (course, bank) = await _host.QuizReadyCourseAsync(certificationValidityDays: 30);
        var agentId = await CertifyAsync(Guid.CreateVersion7(), course.Id, bank);

        _host.Clock.Advance(TimeSpan.FromDays(29));
        await Job.RunOnceAsync(Cancel);
        Assert.Empty(await _host.OutboxAsync<CertificationExpired>());

        _host.Clock.Advance(TimeSpan.FromDays(1));
        await Task.WhenAll(Job.RunOnceAsync(Cancel), Job.RunOnceAsync(Cancel));
        await Job.RunOnceAsync(Cancel);

        var expired = Assert.Single(await _host.OutboxAsync<CertificationExpired>());
        var certification = Assert.Single((await _host.AgentSelf(agentId).GetFromJsonAsync<List<CertificationResponse>>($"/api/training/agents/{agentId}/certifications", SuiteJson.Options, Cancel))!);
        Assert.Equal(certification.Id, expired.GetProperty("certificationId").GetGuid());
        Assert.Equal(agentId, expired.GetProperty("agentId").GetGuid());
        Assert.Equal(TestTokens.TenantA, expired.GetProperty("tenantId").GetString());
        Assert.False(certification.IsCurrent);
    }

    [Fact]
    public async Task A_certification_renewed_in_time_is_never_announced_as_expired()
    {
        var (course, bank) = await _host.QuizReadyCourseAsync(maxAttempts: 2, certificationValidityDays: 30);
        var agentId = await CertifyAsync(Guid.CreateVersion7(), course.Id, bank);
        _host.Clock.Advance(TimeSpan.FromDays(20));
        await CertifyAsync(agentId, course.Id, bank);

        _host.Clock.Advance(TimeSpan.FromDays(15));
        await Job.RunOnceAsync(Cancel);

        Assert.Empty(await _host.OutboxAsync<CertificationExpired>());
    }

    [Fact]
    public async Task Reminders_list_current_certifications_expiring_within_the_window_soonest_first()
    {
        var (shortLived, shortBank) = await _host.QuizReadyCourseAsync(certificationValidityDays: 10);
        var soon = await CertifyAsync(Guid.CreateVersion7(), shortLived.Id, shortBank);
        _host.Clock.Advance(TimeSpan.FromHours(1));
        var later = await CertifyAsync(Guid.CreateVersion7(), shortLived.Id, shortBank);
        _host.Clock.Advance(TimeSpan.FromDays(5));
        var (longLived, longBank) = await _host.QuizReadyCourseAsync(certificationValidityDays: 100);
        var farOff = await CertifyAsync(Guid.CreateVersion7(), longLived.Id, longBank);

        var within7 = await _host.Supervisor().GetFromJsonAsync<List<CertificationResponse>>("/api/training/certifications/expiring?withinDays=7", SuiteJson.Options, Cancel);
        var byDefault = await _host.Supervisor().GetFromJsonAsync<List<CertificationResponse>>("/api/training/certifications/expiring", SuiteJson.Options, Cancel);
        var otherTenant = await _host.Supervisor(TestTokens.TenantB).GetFromJsonAsync<List<CertificationResponse>>("/api/training/certifications/expiring?withinDays=365", SuiteJson.Options, Cancel);

        Assert.Equal([soon, later], within7!.Select(certification => certification.AgentId));
        Assert.Equal(2, byDefault!.Count);
        Assert.DoesNotContain(byDefault, certification => certification.AgentId == farOff);
        Assert.Empty(otherTenant!);
    }

    [Theory]
    [InlineData("withinDays=0")]
    [InlineData("withinDays=366")]
    public async Task A_reminder_window_out_of_range_is_a_400_naming_it(string query)
    {
        var response = await _host.Supervisor().GetAsync($"/api/training/certifications/expiring?{query}", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["withinDays"], (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(SuiteJson.Options, Cancel))!.Errors.Keys);
    }

    [Fact]
    public async Task A_reminder_window_that_is_not_a_number_is_a_400()
    {
        var response = await _host.Supervisor().GetAsync("/api/training/certifications/expiring?withinDays=soon", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("withinDays", (await response.Content.ReadFromJsonAsync<ProblemDetails>(SuiteJson.Options, Cancel))!.Detail);
    }
}
