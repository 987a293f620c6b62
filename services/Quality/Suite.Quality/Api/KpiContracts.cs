using Suite.Quality.Domain;

namespace Suite.Quality.Api;

/// <summary>
/// code names the KPI (lower-case letters, digits, dashes); direction: higher-is-better or lower-is-better;
/// aggregation of daily figures over a period: sum or average; unit (optional) is what the figures count in.
/// </summary>
public sealed record KpiRequest(string? Code, string? Name, KpiDirection? Direction, KpiAggregation? Aggregation, decimal? Target, string? Unit = null);

public sealed record KpiResponse(string Code, string Name, KpiDirection Direction, KpiAggregation Aggregation, decimal Target, bool DerivedFromAutoQa, string? Unit)
{
    public static KpiResponse From(KpiDefinition kpi) =>
        new(kpi.Code, kpi.Name, kpi.Direction, kpi.Aggregation, kpi.Target, KpiRules.DerivedFromAutoQa.Contains(kpi.Code), kpi.Unit);
}

public sealed record KpiFiguresRequest(List<KpiFigureRequest?>? Figures);

public sealed record KpiFigureRequest(Guid? AgentId, DateOnly? Day, string? KpiCode, decimal? Value);

public sealed record KpiFiguresResponse(int Created, int Replaced);

/// <summary>Every KPI of the tenant for one agent over the period, with attainment and the shortfall where it falls short.</summary>
public sealed record AgentKpiReport(Guid AgentId, DateOnly From, DateOnly To, IReadOnlyList<KpiAttainment> Kpis);
