namespace Suite.Quality.Domain;

/// <summary>A KPI as sent, before validation.</summary>
public sealed record KpiDraft(string? Name, KpiDirection? Direction, KpiAggregation? Aggregation, decimal? Target, string? Unit = null);

/// <summary>A daily figure as sent, before validation.</summary>
public sealed record KpiFigureDraft(Guid? AgentId, DateOnly? Day, string? KpiCode, decimal? Value);

/// <summary>How a KPI's figure for a period compares with its target.</summary>
public sealed record KpiAttainment(string Code, string Name, KpiDirection Direction, decimal Target, decimal? Actual, decimal? Attainment, decimal? Shortfall)
{
    /// <summary>Null when there is no figure for the period.</summary>
    public bool? Met => Shortfall is null ? null : Shortfall == 0;
}

/// <summary>What KPIs and their daily figures must satisfy, and how a figure is compared with its target.</summary>
public static class KpiRules
{
    public const string ReceptionCount = "reception-count";
    public const string FirstResponseSeconds = "first-response-seconds";
    public const string AverageResponseSeconds = "average-response-seconds";
    public const string ResponseRate = "response-rate";
    public const string QuestionAnswerRatio = "question-answer-ratio";
    public const string Csat = "csat";
    public const int MaxFiguresPerBatch = 10_000;
    public const int MaxNameLength = 200;
    public const int MaxUnitLength = 40;

    /// <summary>KPIs measured from the ingested conversations rather than fed as figures.</summary>
    public static readonly IReadOnlyList<string> DerivedFromAutoQa = [ReceptionCount, FirstResponseSeconds, AverageResponseSeconds, ResponseRate, QuestionAnswerRatio, Csat];

    public static Dictionary<string, string[]> Validate(string code, KpiDraft draft)
    {
        var errors = new Dictionary<string, string[]>();
        if (!ScorecardRules.IsKey(code))
        {
            errors["code"] = ["code must be lower-case letters, digits and dashes."];
        }

        if (string.IsNullOrWhiteSpace(draft.Name) || draft.Name.Trim().Length > MaxNameLength)
        {
            errors["name"] = [$"name is required, at most {MaxNameLength} characters."];
        }

        if (draft.Unit is { } unit && (unit.Trim().Length is 0 || unit.Trim().Length > MaxUnitLength))
        {
            errors["unit"] = [$"unit, when given, is 1 to {MaxUnitLength} characters."];
        }

        if (draft.Direction is null)
        {
            errors["direction"] = ["direction is required: higher-is-better or lower-is-better."];
        }

        if (draft.Aggregation is null)
        {
            errors["aggregation"] = ["aggregation is required: sum or average."];
        }

        if (draft.Target is not > 0)
        {
            errors["target"] = ["target is required and must be more than 0."];
        }

        return errors;
    }

    public static Dictionary<string, string[]> ValidateFigures(IReadOnlyList<KpiFigureDraft?>? figures, IReadOnlySet<string> fedKpiCodes)
    {
        var errors = new Dictionary<string, string[]>();
        if (figures is null || figures.Count is 0 or > MaxFiguresPerBatch)
        {
            errors["figures"] = [$"A batch holds 1 to {MaxFiguresPerBatch} figures."];
            return errors;
        }

        var seen = new Dictionary<(Guid, DateOnly, string), int>();
        for (var index = 0; index < figures.Count; index++)
        {
            var path = $"figures[{index}]";
            if (figures[index] is not { } figure)
            {
                errors[path] = ["A figure is required, not null."];
                continue;
            }

            if (figure.AgentId is null || figure.AgentId == Guid.Empty)
            {
                errors[$"{path}.agentId"] = ["agentId is required."];
            }

            if (figure.Day is null)
            {
                errors[$"{path}.day"] = ["day is required (yyyy-MM-dd)."];
            }

            var code = figure.KpiCode?.Trim();
            if (code is null || !fedKpiCodes.Contains(code))
            {
                errors[$"{path}.kpiCode"] = [DerivedFromAutoQa.Contains(code ?? "")
                    ? $"{code} is measured from the conversations, not fed."
                    : "kpiCode must be the code of one of the tenant's KPIs."];
            }

            if (figure.Value is null)
            {
                errors[$"{path}.value"] = ["value is required."];
            }

            if (figure.AgentId is { } agent && figure.Day is { } day && code is not null && !seen.TryAdd((agent, day, code), index))
            {
                errors[path] = [$"The same agent, day and KPI as figures[{seen[(agent, day, code)]}]."];
            }
        }

        return errors;
    }

    /// <summary>
    /// Attainment is actual over target when higher is better and target over actual when lower is better
    /// (so 1 or more is met either way); the shortfall is how far the figure is from the target on the
    /// wrong side, in the KPI's own unit, and 0 when met.
    /// </summary>
    public static KpiAttainment Attain(string code, string name, KpiDirection direction, decimal target, decimal? actual)
    {
        if (actual is not { } value)
        {
            return new KpiAttainment(code, name, direction, target, null, null, null);
        }

        var attainment = direction == KpiDirection.HigherIsBetter
            ? value / target
            : value == 0 ? (decimal?)null : target / value;
        var shortfall = direction == KpiDirection.HigherIsBetter ? Math.Max(0, target - value) : Math.Max(0, value - target);
        return new KpiAttainment(code, name, direction, target, value,
            attainment is { } ratio ? decimal.Round(ratio, 4, MidpointRounding.AwayFromZero) : null, shortfall);
    }

    /// <summary>The period's figure from daily figures.</summary>
    public static decimal? Aggregate(KpiAggregation aggregation, IReadOnlyList<decimal> daily) =>
        daily.Count == 0 ? null : aggregation == KpiAggregation.Sum ? daily.Sum() : decimal.Round(daily.Average(), 4, MidpointRounding.AwayFromZero);
}
