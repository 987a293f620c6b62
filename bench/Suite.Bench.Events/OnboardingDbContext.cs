using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Suite.ServiceDefaults.Data;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.Bench.Events;

/// <summary>
/// The consuming service's database: one enrolment per hire. It notes the instant each enrolment's
/// transaction has committed, which is where an event's end-to-end latency ends.
/// </summary>
internal sealed class OnboardingDbContext(DbContextOptions<OnboardingDbContext> options, ITenantContext tenant, EventClock clock)
    : SuiteDbContext(options, tenant)
{
    public DbSet<Enrolment> Enrolments => Set<Enrolment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Enrolment>().HasKey(enrolment => enrolment.Id);
        modelBuilder.Entity<Enrolment>().HasIndex(enrolment => enrolment.SourceEventId);
        base.OnModelCreating(modelBuilder);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var applied = ChangeTracker.Entries<Enrolment>()
            .Where(entry => entry.State == EntityState.Added)
            .Select(entry => entry.Entity.SourceEventId)
            .ToList();
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        var committedAt = Stopwatch.GetTimestamp();
        foreach (var eventId in applied)
        {
            clock.Applied(eventId, committedAt);
        }

        return written;
    }
}

internal sealed class Enrolment : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string TenantId { get; set; } = "";

    public Guid AgentId { get; set; }

    public Guid SourceEventId { get; set; }
}
