using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Events;
using Suite.ServiceDefaults.Tenancy;
using Suite.Training.Data;
using Suite.Training.Domain;

namespace Suite.Training.Jobs;

/// <summary>
/// Announces every certification that has run out with CertificationExpired, once per certification,
/// across all tenants, and enrols its holder in the course's re-certification path when the course has one
/// (in the same write, so an announced expiry never lacks its enrolment). Each tenant's announcements are written in that tenant's own scope, so the
/// tenant checks of the context hold; the concurrency token on the announcement keeps two passes
/// (two replicas) from announcing the same expiry twice.
/// </summary>
public sealed class CertificationExpiryJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<CertificationExpiryJob> logger)
    : BackgroundService
{
    /// <summary>How often the job looks; an expiry is announced at most this long after it happens.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    /// <summary>One pass over every tenant; returns how many expiries it announced.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        List<string> tenants;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
            // The only read across tenants in Training: which tenants have something to announce.
            tenants = await db.Certifications.IgnoreQueryFilters().AsNoTracking()
                .Where(certification => certification.SupersededAt == null && certification.ExpiryAnnouncedAt == null && certification.ValidUntil <= now)
                .Select(certification => certification.TenantId)
                .Distinct()
                .ToListAsync(cancellationToken);
        }

        var announced = 0;
        foreach (var tenantId in tenants)
        {
            announced += await AnnounceForTenantAsync(tenantId, now, cancellationToken);
        }

        return announced;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                // The host is stopping and the pass failed because of it (a scope or database disposed under
                // it); nothing of it was kept, and the first pass after the next start finds the work again.
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A database that is briefly unavailable must not stop the whole service: the failure is
                // logged, and the next pass picks up whatever this one could not announce.
                logger.LogError(exception, "A certification expiry pass failed; the next pass retries.");
            }

            // A delay rather than a periodic timer: a clock that jumps ahead (a test's fake clock, a host
            // resuming from sleep) then causes one catch-up pass, not one per missed interval.
            await Task.Delay(Interval, clock, stoppingToken);
        }
    }

    private async Task<int> AnnounceForTenantAsync(string tenantId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantId);
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        var due = await db.Certifications
            .Where(certification => certification.SupersededAt == null && certification.ExpiryAnnouncedAt == null && certification.ValidUntil <= now)
            .OrderBy(certification => certification.ValidUntil)
            .ToListAsync(cancellationToken);

        var courseIds = due.Select(certification => certification.CourseId).Distinct().ToList();
        var renewalPaths = await (from course in db.Courses.AsNoTracking()
                                  join path in db.LearningPaths.AsNoTracking() on course.RecertificationPathId equals path.Id
                                  where courseIds.Contains(course.Id)
                                  select new { CourseId = course.Id, Path = path })
            .ToDictionaryAsync(row => row.CourseId, row => row.Path, cancellationToken);

        var announced = 0;
        foreach (var certification in due)
        {
            // One certification per SaveChanges: a rival pass that got to one of them first spoils only that one.
            // Each save ends with a cleared tracker, so the next certification is attached again before it changes.
            db.Certifications.Attach(certification);
            certification.AnnounceExpiry(now);
            db.AddEvent(new CertificationExpired(
                Guid.CreateVersion7(now), tenantId, now, certification.AgentId, certification.Id, certification.Skill));
            if (renewalPaths.TryGetValue(certification.CourseId, out var renewal))
            {
                // An agent a supervisor already put on the path stays as they are (the outcome then says why not).
                await db.EnrolAsync(certification.AgentId, renewal, Recertification.DueOn(certification, renewal, now),
                    $"re-certification of {certification.Skill}, expired {certification.ValidUntil:yyyy-MM-dd}", now, cancellationToken);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                announced++;
            }
            catch (DbUpdateException) when (AnnouncedMeanwhile(db, certification.Id))
            {
                // Another pass announced it (and enrolled the agent) between our read and our write.
            }

            db.ChangeTracker.Clear();
        }

        return announced;
    }

    private static bool AnnouncedMeanwhile(TrainingDbContext db, Guid certificationId)
    {
        db.ChangeTracker.Clear();
        return db.Certifications.Any(certification => certification.Id == certificationId && certification.ExpiryAnnouncedAt != null);
    }
}
