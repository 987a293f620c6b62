using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Suite.ServiceDefaults.Data;

namespace Suite.ServiceDefaults.Messaging.DeadLetters;

/// <summary>
/// Creates or updates the dead-letter table in the service's database where Database:MigrateOnStartup is
/// set, after the service's own migrations (registered earlier) and before the bus starts consuming.
/// </summary>
internal sealed class MigrateDeadLettersOnStartup<TContext>(
    IServiceScopeFactory scopes, DeadLetterDatabases databases, DeadLetterMetrics metrics) : IHostedService
    where TContext : SuiteDbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = databases.Open(scope.ServiceProvider.GetRequiredService<TContext>());
        await db.Database.MigrateAsync(cancellationToken);
        metrics.Pending(typeof(TContext).Name, await db.DeadLetters.CountAsync(letter => letter.ReplayedAt == null, cancellationToken));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
