using Suite.ServiceDefaults.Data;

namespace Suite.Training.Domain;

/// <summary>
/// Granted on passing a course's assessment, valid for the course's validity period. Re-certifying
/// supersedes the previous one; one that runs out has its expiry announced exactly once.
/// </summary>
public sealed class Certification : ITenantOwned
{
    private Certification()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid AgentId { get; private set; }

    public Guid CourseId { get; private set; }

    public Guid AttemptId { get; private set; }

    /// <summary>What the certification vouches for, as other services show it: the course's title.</summary>
    public string Skill { get; private set; } = "";

    public DateTimeOffset GrantedAt { get; private set; }

    public DateTimeOffset ValidUntil { get; private set; }

    /// <summary>Set when a newer certification for the same course replaces this one.</summary>
    public DateTimeOffset? SupersededAt { get; private set; }

    /// <summary>Set when CertificationExpired was written; also the concurrency token that keeps it to once.</summary>
    public DateTimeOffset? ExpiryAnnouncedAt { get; private set; }

    public static Certification Grant(QuizAttempt passed, Course course, int validityDays, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AgentId = passed.AgentId,
        CourseId = course.Id,
        AttemptId = passed.Id,
        Skill = course.Title,
        GrantedAt = now,
        ValidUntil = now.AddDays(validityDays),
    };

    public bool IsCurrentAt(DateTimeOffset now) => SupersededAt is null && now < ValidUntil;

    public bool IsDueForExpiryAnnouncement(DateTimeOffset now) =>
        SupersededAt is null && ExpiryAnnouncedAt is null && ValidUntil <= now;

    public void Supersede(DateTimeOffset now) => SupersededAt ??= now;

    public void AnnounceExpiry(DateTimeOffset now)
    {
        if (!IsDueForExpiryAnnouncement(now))
        {
            throw new InvalidOperationException($"Certification {Id} is not due for an expiry announcement.");
        }

        ExpiryAnnouncedAt = now;
    }
}
