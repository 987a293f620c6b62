using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Suite.Training.Data;

namespace Suite.Training.Tests;

/// <summary>
/// Lets a rival write commit just before the service's own SaveChanges, once, the way another replica
/// or a second supervisor wins a race: the only way to make such a race happen on every run.
/// </summary>
internal sealed class RivalWrite(Func<DbContext, bool> when, Func<IServiceProvider, Task> write)
{
    private int _happened;

    public bool HasHappened => Volatile.Read(ref _happened) == 1;

    public void AddTo(IServiceCollection services) =>
        services.ConfigureDbContext<TrainingSqliteDbContext>((provider, options) =>
            options.AddInterceptors(new Interceptor(this, provider.GetRequiredService<IServiceScopeFactory>())));

    private async Task WinIfDueAsync(DbContext context, IServiceScopeFactory scopes)
    {
        if (when(context) && Interlocked.Exchange(ref _happened, 1) == 0)
        {
            await using var scope = scopes.CreateAsyncScope();
            await write(scope.ServiceProvider);
        }
    }

    private sealed class Interceptor(RivalWrite rival, IServiceScopeFactory scopes) : SaveChangesInterceptor
    {
        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (eventData.Context is { } context)
            {
                await rival.WinIfDueAsync(context, scopes);
            }

            return result;
        }
    }
}
