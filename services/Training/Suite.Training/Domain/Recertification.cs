namespace Suite.Training.Domain;

/// <summary>
/// When an agent may be enrolled in a course's re-certification path to renew a certification, and by
/// when that path is due.
/// </summary>
public static class Recertification
{
    /// <summary>How long before a certification runs out its holder may start renewing it.</summary>
    public const int OpensDaysBeforeExpiry = 90;

    /// <summary>Null when the certification may be renewed now; otherwise why not, for a 409.</summary>
    public static string? WhyNot(Certification certification, Course course, DateTimeOffset now)
    {
        if (certification.SupersededAt is { } supersededAt)
        {
            return $"Certification {certification.Id} was superseded by a newer one at {supersededAt:O}; renew the newest.";
        }

        if (course.RecertificationPathId is null)
        {
            return $"Course {course.Id} has no re-certification path yet; a supervisor names one with PUT /api/training/courses/{course.Id}/recertification-path.";
        }

        return certification.ValidUntil > now.AddDays(OpensDaysBeforeExpiry)
            ? $"Certification {certification.Id} is valid until {certification.ValidUntil:O}; re-certification opens {OpensDaysBeforeExpiry} days before that."
            : null;
    }

    /// <summary>
    /// Due by the day the certification runs out when that comes first, so the agent is never left
    /// uncertified; otherwise (or once it has run out) the path's own number of days from today.
    /// </summary>
    public static DateOnly DueOn(Certification certification, LearningPath path, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var byPath = path.DueOnFor(today);
        var expiresOn = DateOnly.FromDateTime(certification.ValidUntil.UtcDateTime);
        return expiresOn > today && expiresOn < byPath ? expiresOn : byPath;
    }
}
