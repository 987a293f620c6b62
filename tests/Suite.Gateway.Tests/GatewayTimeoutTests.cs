using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Suite.ServiceDefaults.Auth;
using Yarp.ReverseProxy.Configuration;

namespace Suite.Gateway.Tests;

/// <summary>A service that accepts a request and never answers costs its caller a bounded wait, not a hang.</summary>
public sealed class GatewayTimeoutTests(SchedulingBehindImpatientGateway suite) : IClassFixture<SchedulingBehindImpatientGateway>
{
    [Fact]
    public async Task A_service_that_does_not_answer_gets_the_caller_a_504_problem_naming_it()
    {
        var client = suite.ClientFor($"tenant-{Guid.NewGuid():N}", SuiteRoles.Supervisor);
        // Far above the cluster's one-second timeout and far below YARP's own default of 100 s: the answer
        // must come from the configured timeout, or the caller gives up and the test fails.
        client.Timeout = TimeSpan.FromSeconds(30);

        var response = await client.GetAsync("/api/training/courses");

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal("The training service did not answer in time.", problem!.Title);
    }

    [Fact]
    public async Task The_other_services_are_not_held_up_by_the_one_that_hangs()
    {
        var client = suite.ClientFor($"tenant-{Guid.NewGuid():N}", SuiteRoles.Supervisor);
        var hanging = client.GetAsync("/api/training/courses");

        var scheduling = await client.GetAsync("/api/scheduling/agents");

        Assert.Equal(HttpStatusCode.OK, scheduling.StatusCode);
        Assert.Equal(HttpStatusCode.GatewayTimeout, (await hanging).StatusCode);
    }

    [Fact]
    public void Every_cluster_of_the_shipped_configuration_has_an_activity_timeout()
    {
        var clusters = suite.Gateway.Services.GetRequiredService<IProxyConfigProvider>().GetConfig().Clusters;

        Assert.Equal(8, clusters.Count);
        Assert.All(clusters, cluster => Assert.NotNull(cluster.HttpRequest?.ActivityTimeout));
        Assert.Equal(TimeSpan.FromSeconds(1), clusters.Single(cluster => cluster.ClusterId == "training").HttpRequest!.ActivityTimeout);
        Assert.Equal(TimeSpan.FromMinutes(1), clusters.Single(cluster => cluster.ClusterId == "scheduling").HttpRequest!.ActivityTimeout);
    }
}
