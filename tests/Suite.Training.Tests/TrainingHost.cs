using System.Net.Http.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Suite.Contracts.Events;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Auth;
using Suite.ServiceDefaults.Tenancy;
using Suite.Testing;
using Suite.Training.Agents;
using Suite.Training.Api;
using Suite.Training.Data;
using Suite.Training.Grpc;

namespace Suite.Training.Tests;

/// <summary>The Training service in memory, with what its tests do over and over: hire, read enrolments, count rows.</summary>
internal sealed class TrainingHost : IAsyncDisposable
{
    public static readonly DateOnly HiredOn = new(2026, 11, 2);

    private readonly ConsumedEvents<AgentHired> _consumed = new();
    private readonly Dictionary<Guid, int> _published = [];
    private IBus? _bus;

    public TrainingHost(Action<IServiceCollection>? services = null)
    {
        Factory = new ServiceFactory<TrainingGrpcService>(TrainingModule.Name)
            .WithServices(registered => registered.AddSingleton<IAgentDirectory>(Directory));
        if (services is not null)
        {
            Factory.WithServices(services);
        }
    }

    public ServiceFactory<TrainingGrpcService> Factory { get; }

    /// <summary>Scheduling's agents and teams, as far as these tests need them.</summary>
    public FakeAgentDirectory Directory { get; } = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public HttpClient Supervisor(string tenant = TestTokens.TenantA) => Factory.ClientFor(tenant, SuiteRoles.Supervisor);

    public HttpClient Agent(string tenant = TestTokens.TenantA) => Factory.ClientFor(tenant, SuiteRoles.Agent);

    /// <summary>A client acting as one agent, with its agent id in the token.</summary>
    public HttpClient AgentSelf(Guid agentId, string tenant = TestTokens.TenantA) => Factory.ClientForAgent(tenant, agentId);

    public static AgentHired Hired(string tenant = TestTokens.TenantA, Guid? agentId = null, DateOnly? hiredOn = null) => new(
        Guid.CreateVersion7(), tenant, DateTimeOffset.UtcNow, agentId ?? Guid.CreateVersion7(), "CS-001", "Li Na",
        "Tmall after-sales", "customer-service", ["after-sales"], hiredOn ?? HiredOn);

    /// <summary>Publishes every message at once on the in-memory bus and returns once each copy has been consumed.</summary>
    public async Task PublishAsync(params AgentHired[] messages)
    {
        if (_bus is null)
        {
            _bus = Factory.Services.GetRequiredService<IBus>();
            _bus.ConnectConsumeMessageObserver(_consumed);
        }

        foreach (var message in messages)
        {
            _published[message.EventId] = _published.GetValueOrDefault(message.EventId) + 1;
        }

        await Task.WhenAll(messages.Select(message => _bus.Publish(message, Cancel)));
        await Eventually.True(
            () => Task.FromResult(_published.All(published => _consumed.Count(published.Key) >= published.Value)),
            what: "the published AgentHired events to be consumed");
    }

    public async Task<List<EnrolmentResponse>> EnrolmentsAsync(Guid agentId, string tenant = TestTokens.TenantA) =>
        (await Supervisor(tenant).GetFromJsonAsync<List<EnrolmentResponse>>(
            $"/api/training/agents/{agentId}/enrolments", SuiteJson.Options, Cancel))!;

    public async Task<List<LearningPathResponse>> LearningPathsAsync(string tenant = TestTokens.TenantA) =>
        (await Agent(tenant).GetFromJsonAsync<List<LearningPathResponse>>("/api/training/learning-paths", SuiteJson.Options, Cancel))!;

    public async Task<LearningPathResponse> CreatePathAsync(object body, string tenant = TestTokens.TenantA)
    {
        var response = await Supervisor(tenant).PostAsJsonAsync("/api/training/learning-paths", body, Cancel);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<LearningPathResponse>(SuiteJson.Options, Cancel))!;
    }

    /// <summary>Rows of one tenant straight from the database, to prove what a request did or did not write.</summary>
    public async Task<(int Paths, int Enrolments, int Inbox)> CountRowsAsync(string tenant = TestTokens.TenantA)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant);
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        return (await db.LearningPaths.CountAsync(Cancel), await db.Enrolments.CountAsync(Cancel), await db.InboxMessages.CountAsync(Cancel));
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
