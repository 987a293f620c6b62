using Suite.ServiceDefaults.Data;

namespace Suite.Training.Domain;

/// <summary>One line of a tenant's remedial table; at most one per cause, so a cause maps to one course.</summary>
public sealed class RemedialRule : ITenantOwned
{
    private RemedialRule()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public RemedialCauseKind Kind { get; private set; }

    /// <summary>
    /// The red-line code, complaint category or "section-key/criterion-key"; empty for a low-score rule,
    /// of which a tenant has one.
    /// </summary>
    public string Code { get; private set; } = "";

    public decimal? ScoreBelow { get; private set; }

    public Guid CourseId { get; private set; }

    public int DueAfterDays { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Creates a rule that has passed <see cref="RemedialRules.Validate"/>.</summary>
    public static RemedialRule Create(NewRemedialRule details, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Kind = details.Kind,
        Code = RemedialRules.NormaliseCode(details.Kind, details.Code),
        ScoreBelow = details.Kind == RemedialCauseKind.LowScore ? details.ScoreBelow : null,
        CourseId = details.CourseId,
        DueAfterDays = details.DueAfterDays,
        CreatedAt = now,
    };
}
