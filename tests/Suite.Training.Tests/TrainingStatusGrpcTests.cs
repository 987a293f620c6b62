using System.Globalization;
using Grpc.Core;
using Suite.Contracts.Training.V1;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;

namespace Suite.Training.Tests;

public sealed class TrainingStatusGrpcTests : IAsyncLifetime
{
    private readonly CoursewareHost _host = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private static Metadata Bearer(string tenant) => new() { { "Authorization", $"Bearer {TestTokens.For(tenant, SuiteRoles.Integrator)}" } };

    private TrainingService.TrainingServiceClient Client() => new(_host.Training.Factory.GrpcChannel());

    [Fact]
    public async Task The_status_lists_completions_current_certifications_and_overdue_enrolments()
    {
        var hiredOn = DateOnly.FromDateTime(_host.Clock.GetUtcNow().UtcDateTime).AddDays(-40);
        var hired = TrainingHost.Hired(hiredOn: hiredOn);
        await _host.Training.PublishAsync(hired);
        var (course, bank) = await _host.QuizReadyCourseAsync(certificationValidityDays: 60);
        var attempt = await _host.StartAsync(course.Id, hired.AgentId);
        await _host.SubmitAsync(attempt.Id, bank.Select(CoursewareHost.RightAnswer));

        var status = await Client().GetAgentTrainingStatusAsync(new GetAgentTrainingStatusRequest { AgentId = hired.AgentId.ToString() }, Bearer(TestTokens.TenantA));

        Assert.Equal(hired.AgentId.ToString(), status.AgentId);
        var completion = Assert.Single(status.Completions);
        Assert.Equal((course.Id.ToString(), "Platform rules and red lines", 1, "100"), (completion.CourseId, completion.CourseTitle, completion.CourseVersion, completion.ScorePercent.TrimEnd('0').TrimEnd('.')));
        var certification = Assert.Single(status.Certifications);
        Assert.Equal(_host.Clock.GetUtcNow().AddDays(60), DateTimeOffset.Parse(certification.ValidUntil, CultureInfo.InvariantCulture));
        var overdue = Assert.Single(status.OverdueEnrolments);
        Assert.Equal(hiredOn.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), overdue.DueOn);
    }

    [Fact]
    public async Task An_expired_certification_and_an_enrolment_not_yet_due_are_left_out()
    {
        var hired = TrainingHost.Hired(hiredOn: DateOnly.FromDateTime(_host.Clock.GetUtcNow().UtcDateTime));
        await _host.Training.PublishAsync(hired);
        var (course, bank) = await _host.QuizReadyCourseAsync(certificationValidityDays: 10);
        var attempt = await _host.StartAsync(course.Id, hired.AgentId);
        await _host.SubmitAsync(attempt.Id, bank.Select(CoursewareHost.RightAnswer));
        _host.Clock.Advance(TimeSpan.FromDays(11));

        var status = await Client().GetAgentTrainingStatusAsync(new GetAgentTrainingStatusRequest { AgentId = hired.AgentId.ToString() }, Bearer(TestTokens.TenantA));

        Assert.Single(status.Completions);
        Assert.Empty(status.Certifications);
        Assert.Empty(status.OverdueEnrolments);
    }

    [Fact]
    public async Task Another_tenants_agent_has_an_empty_status()
    {
        var (course, bank) = await _host.QuizReadyCourseAsync();
        var agentId = Guid.CreateVersion7();
        var attempt = await _host.StartAsync(course.Id, agentId);
        await _host.SubmitAsync(attempt.Id, bank.Select(CoursewareHost.RightAnswer));

        var status = await Client().GetAgentTrainingStatusAsync(new GetAgentTrainingStatusRequest { AgentId = agentId.ToString() }, Bearer(TestTokens.TenantB));

        Assert.Empty(status.Completions);
        Assert.Empty(status.Certifications);
        Assert.Empty(status.OverdueEnrolments);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-an-id")]
    public async Task A_malformed_agent_id_is_invalid_argument(string agentId)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Client().GetAgentTrainingStatusAsync(new GetAgentTrainingStatusRequest { AgentId = agentId }, Bearer(TestTokens.TenantA)).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Fact]
    public async Task The_status_needs_a_token()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Client().GetAgentTrainingStatusAsync(new GetAgentTrainingStatusRequest { AgentId = Guid.CreateVersion7().ToString() }).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }
}
