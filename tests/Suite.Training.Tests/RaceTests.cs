using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Suite.ServiceDefaults;
using Suite.ServiceDefaults.Tenancy;
using Suite.Testing;
using Suite.Training.Data;
using Suite.Training.Domain;

namespace Suite.Training.Tests;

/// <summary>What the one-default index and the retries do when someone else writes first.</summary>
public sealed class RaceTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static bool AddsADefaultPath(DbContext context) =>
        context.ChangeTracker.Entries<LearningPath>().Any(entry => entry.State == EntityState.Added && entry.Entity.IsDefaultOnboarding);

    private static Func<IServiceProvider, Task> RivalAdds(LearningPath path) => async services =>
    {
        services.GetRequiredService<TenantContext>().Set(TestTokens.TenantA);
        var db = services.GetRequiredService<TrainingDbContext>();
        db.LearningPaths.Add(path);
        await db.SaveChangesAsync();
    };

    [Fact]
    public async Task A_first_hire_that_loses_the_race_to_create_the_standard_path_is_enrolled_in_the_winners()
    {
        var winners = LearningPath.CreateStandardOnboarding(DateTimeOffset.UtcNow);
        var rival = new RivalWrite(AddsADefaultPath, RivalAdds(winners));
        await using var training = new TrainingHost(rival.AddTo);
        var hired = TrainingHost.Hired();

        await training.PublishAsync(hired);

        Assert.True(rival.HasHappened);
        Assert.Equal(winners.Id, Assert.Single(await training.LearningPathsAsync()).Id);
        var enrolment = Assert.Single(await training.EnrolmentsAsync(hired.AgentId));
        Assert.Equal(winners.Id, enrolment.LearningPathId);
        Assert.Equal(TrainingHost.HiredOn.AddDays(30), enrolment.DueOn);
    }

    [Fact]
    public async Task Designating_a_default_while_someone_else_designates_one_is_a_409_and_writes_nothing()
    {
        var theirs = LearningPath.Create(
            new NewLearningPath("Their onboarding", "", LearningPathKind.Onboarding, 20, IsDefaultOnboarding: true), DateTimeOffset.UtcNow);
        var rival = new RivalWrite(AddsADefaultPath, RivalAdds(theirs));
        await using var training = new TrainingHost(rival.AddTo);

        var response = await training.Supervisor().PostAsJsonAsync("/api/training/learning-paths",
            new { name = "Our onboarding", kind = "onboarding", dueAfterDays = 30, isDefaultOnboarding = true }, Cancel);

        Assert.True(rival.HasHappened);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(SuiteJson.Options, Cancel);
        Assert.False(string.IsNullOrWhiteSpace(problem!.Detail));
        var path = Assert.Single(await training.LearningPathsAsync());
        Assert.Equal((theirs.Id, true), (path.Id, path.IsDefaultOnboarding));
    }
}
