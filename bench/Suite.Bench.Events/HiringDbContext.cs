using Microsoft.EntityFrameworkCore;
using Suite.ServiceDefaults.Data;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.Bench.Events;

/// <summary>The producing service's database: a business row per hire, committed with its event.</summary>
internal sealed class HiringDbContext(DbContextOptions<HiringDbContext> options, ITenantContext tenant, HiringCommits commits)
    : SuiteDbContext(options, tenant)
{
    public DbSet<Hire> Hires => Set<Hire>();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        using var turn = await commits.EnterAsync(cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Hire>().HasKey(hire => hire.Id);
        modelBuilder.Entity<Hire>().Property(hire => hire.EmployeeNumber).HasMaxLength(32);
        base.OnModelCreating(modelBuilder);
    }
}

internal sealed class Hire : ITenantOwned
{
    public Guid Id { get; set; }

    public string TenantId { get; set; } = "";

    public string EmployeeNumber { get; set; } = "";

    public string DisplayName { get; set; } = "";
}

/// <summary>
/// For --serial-commits only: the hiring service's own commits take turns in the process instead of
/// colliding on SQLite's write lock, to measure what that would change for the services' requests. The
/// services commit without it.
/// </summary>
internal sealed class HiringCommits(bool serialized)
{
    private readonly SemaphoreSlim _turn = new(1, 1);

    public async ValueTask<IDisposable?> EnterAsync(CancellationToken cancellationToken)
    {
        if (!serialized)
        {
            return null;
        }

        await _turn.WaitAsync(cancellationToken);
        return new Release(_turn);
    }

    private sealed class Release(SemaphoreSlim turn) : IDisposable
    {
        public void Dispose() => turn.Release();
    }
}
