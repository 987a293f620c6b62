using Suite.Quality.Domain;

namespace Suite.Quality.Api;

/// <summary>
/// A scorecard version. Weights are points; kind is standard (default), critical or bonus; a critical
/// criterion's criticalScope is evaluation (default: zeroes the whole evaluation) or section.
/// </summary>
public sealed record ScorecardRequest(string? Key, string? Name, string? Channel, string? StoreCode, List<SectionRequest?>? Sections)
{
    public ScorecardDraft ToDraft() => new(Key, Name, Channel, StoreCode,
        Sections?.Select(section => section is null ? null : new SectionDraft(section.Key, section.Name,
            section.Criteria?.Select(criterion => criterion is null ? null : new CriterionDraft(
                criterion.Key, criterion.Name, criterion.Weight, criterion.Kind, criterion.AllowNotApplicable, criterion.CriticalScope)).ToList())).ToList());
}

public sealed record SectionRequest(string? Key, string? Name, List<CriterionRequest?>? Criteria);

public sealed record CriterionRequest(string? Key, string? Name, decimal? Weight, CriterionKind? Kind, bool? AllowNotApplicable, CriticalScope? CriticalScope);

public sealed record ScorecardResponse(
    Guid Id, string Key, int Version, string Name, string? Channel, string? StoreCode,
    IReadOnlyList<ScorecardSection> Sections, DateTimeOffset CreatedAt)
{
    public static ScorecardResponse From(Scorecard scorecard) => new(
        scorecard.Id, scorecard.Key, scorecard.Version, scorecard.Name, scorecard.Channel, scorecard.StoreCode, scorecard.Sections, scorecard.CreatedAt);
}

/// <summary>Answers by criterion key: met, not-met or not-applicable. Bonus criteria left out are not met.</summary>
public sealed record ScorePreviewRequest(Dictionary<string, CriterionOutcome>? Answers);
