using Suite.Contracts;
using Suite.ServiceDefaults.Data;

namespace Suite.Quality.Domain;

public enum AppraisalStatus
{
    /// <summary>Computed and open to re-runs while figures still come in.</summary>
    Draft = 1,

    /// <summary>Told to the centre; never changes again.</summary>
    Published,
}

/// <summary>
/// One tenant's appraisal of one calendar month (UTC): a line per agent and the policy it was computed
/// under. A draft may be re-run as often as needed; a published appraisal is immutable.
/// </summary>
public sealed class Appraisal : ITenantOwned
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    private Appraisal()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public int Year { get; private set; }

    public int Month { get; private set; }

    public AppraisalStatus Status { get; private set; }

    public AppraisalPolicy Policy { get; private set; } = AppraisalPolicy.Default;

    public List<AppraisalResult> Lines { get; private set; } = [];

    public string ComputedBy { get; private set; } = "";

    public DateTimeOffset ComputedAt { get; private set; }

    public int Runs { get; private set; }

    public string? PublishedBy { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public Guid ConcurrencyStamp { get; private set; }

    public static Dictionary<string, string[]> ValidateMonth(int? year, int? month, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        if (year is not (>= FirstYear and <= LastYear))
        {
            errors["year"] = [$"year is required, {FirstYear} to {LastYear}."];
        }

        if (month is not (>= 1 and <= 12))
        {
            errors["month"] = ["month is required, 1 to 12."];
        }

        if (errors.Count == 0 && new DateOnly(year!.Value, month!.Value, 1) > DateOnly.FromDateTime(now.UtcDateTime))
        {
            errors["month"] = ["The month has not started yet."];
        }

        return errors;
    }

    public static Appraisal Compute(int year, int month, AppraisalPolicy policy, IReadOnlyList<AppraisalResult> lines, string computedBy, DateTimeOffset now)
    {
        var appraisal = new Appraisal { Id = Guid.CreateVersion7(now), Year = year, Month = month, Status = AppraisalStatus.Draft };
        appraisal.Apply(policy, lines, computedBy, now);
        return appraisal;
    }

    /// <summary>Runs the month again with the figures known now; a published month stays as it was told.</summary>
    public string? Rerun(AppraisalPolicy policy, IReadOnlyList<AppraisalResult> lines, string computedBy, DateTimeOffset now)
    {
        if (Status == AppraisalStatus.Published)
        {
            return $"The appraisal of {Year}-{Month:D2} is published and can no longer be re-run.";
        }

        Apply(policy, lines, computedBy, now);
        return null;
    }

    public string? Publish(string publishedBy, DateTimeOffset now)
    {
        if (Status != AppraisalStatus.Draft)
        {
            return $"Only a draft appraisal can be published; this one is {WireNames.Of(Status)}.";
        }

        Status = AppraisalStatus.Published;
        PublishedBy = publishedBy;
        PublishedAt = now;
        ConcurrencyStamp = Guid.CreateVersion7(now);
        return null;
    }

    private void Apply(AppraisalPolicy policy, IReadOnlyList<AppraisalResult> lines, string computedBy, DateTimeOffset now)
    {
        Policy = policy;
        Lines = [.. lines];
        ComputedBy = computedBy;
        ComputedAt = now;
        Runs++;
        ConcurrencyStamp = Guid.CreateVersion7(now);
    }

    /// <summary>The first instant of the month and of the next, in UTC.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) Window(int year, int month)
    {
        var start = new DateTimeOffset(year, month, 1, 0, 0, 0, TimeSpan.Zero);
        return (start, start.AddMonths(1));
    }
}
