using System.Globalization;
using Grpc.Core;
using Suite.Contracts.Training.V1;
using Suite.ServiceDefaults.Auth;
using Suite.Testing;

namespace Suite.Training.Tests;

public sealed class EnrolmentGrpcTests : IAsyncLifetime
{
    private readonly TrainingHost _training = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _training.DisposeAsync();

    private static Metadata Bearer(string tenant) => new() { { "Authorization", $"Bearer {TestTokens.For(tenant, SuiteRoles.Integrator)}" } };

    private TrainingService.TrainingServiceClient Client() => new(_training.Factory.GrpcChannel());

    [Fact]
    public async Task GetAgentEnrolments_answers_with_the_agents_enrolments()
    {
        var hired = TrainingHost.Hired(hiredOn: new DateOnly(2026, 11, 2));
        await _training.PublishAsync(hired);
        var rest = Assert.Single(await _training.EnrolmentsAsync(hired.AgentId));

        var reply = await Client().GetAgentEnrolmentsAsync(new GetAgentEnrolmentsRequest { AgentId = hired.AgentId.ToString() }, Bearer(TestTokens.TenantA));

        Assert.Equal(hired.AgentId.ToString(), reply.AgentId);
        var enrolment = Assert.Single(reply.Enrolments);
        Assert.Equal(rest.Id.ToString(), enrolment.EnrolmentId);
        Assert.Equal(rest.LearningPathId.ToString(), enrolment.LearningPathId);
        Assert.Equal("New-hire onboarding", enrolment.LearningPathName);
        Assert.Equal("not-started", enrolment.Status);
        Assert.Equal("2026-12-02", enrolment.DueOn);
        Assert.Equal(rest.EnrolledAt, DateTimeOffset.Parse(enrolment.EnrolledAt, CultureInfo.InvariantCulture));
        Assert.EndsWith("+00:00", enrolment.EnrolledAt);
    }

    [Fact]
    public async Task GetAgentEnrolments_is_empty_for_an_unknown_agent_and_for_another_tenants_agent()
    {
        var hired = TrainingHost.Hired(TestTokens.TenantA);
        await _training.PublishAsync(hired);

        var otherTenant = await Client().GetAgentEnrolmentsAsync(new GetAgentEnrolmentsRequest { AgentId = hired.AgentId.ToString() }, Bearer(TestTokens.TenantB));
        var unknown = await Client().GetAgentEnrolmentsAsync(new GetAgentEnrolmentsRequest { AgentId = Guid.CreateVersion7().ToString() }, Bearer(TestTokens.TenantA));

        Assert.Empty(otherTenant.Enrolments);
        Assert.Empty(unknown.Enrolments);
    }

    [Theory]
    [InlineData("")]
    [InlineData("nope")]
    [InlineData("12345")]
    public async Task GetAgentEnrolments_refuses_a_malformed_id(string agentId)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Client().GetAgentEnrolmentsAsync(new GetAgentEnrolmentsRequest { AgentId = agentId }, Bearer(TestTokens.TenantA)).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Fact]
    public async Task GetAgentEnrolments_needs_a_valid_token()
    {
        var request = new GetAgentEnrolmentsRequest { AgentId = Guid.CreateVersion7().ToString() };
        var forged = new Metadata { { "Authorization", $"Bearer {TestTokens.SignedWithAnotherKey(TestTokens.TenantA, SuiteRoles.Integrator)}" } };

        var anonymous = await Assert.ThrowsAsync<RpcException>(() => Client().GetAgentEnrolmentsAsync(request).ResponseAsync);
        var forgedError = await Assert.ThrowsAsync<RpcException>(() => Client().GetAgentEnrolmentsAsync(request, forged).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, anonymous.StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, forgedError.StatusCode);
    }
}
