using Suite.ServiceDefaults.Data;

namespace Suite.Quality.Domain;

/// <summary>Whether a KPI is better high (sales, CSAT) or low (response time).</summary>
public enum KpiDirection
{
    HigherIsBetter = 1,
    LowerIsBetter,
}

/// <summary>How a KPI's daily figures make a period's figure: sales add up, rates and times average.</summary>
public enum KpiAggregation
{
    Sum = 1,
    Average,
}

/// <summary>
/// A tenant's KPI with its target. The codes of <see cref="KpiRules.DerivedFromAutoQa"/> are measured
/// from the ingested conversations; every other KPI is fed as daily figures per agent.
/// </summary>
public sealed class KpiDefinition : ITenantOwned
{
    private KpiDefinition()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>What the figures count in, as the tenant writes it ("seconds", "%", "CNY", "chats"); null when unitless.</summary>
    public string? Unit { get; private set; }

    public KpiDirection Direction { get; private set; }

    public KpiAggregation Aggregation { get; private set; }

    public decimal Target { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static KpiDefinition Create(string code, NewKpi details, DateTimeOffset now)
    {
        var definition = new KpiDefinition { Id = Guid.CreateVersion7(now), Code = code };
        definition.Replace(details, now);
        return definition;
    }

    public void Replace(NewKpi details, DateTimeOffset now)
    {
        Name = details.Name;
        Unit = details.Unit;
        Direction = details.Direction;
        Aggregation = details.Aggregation;
        Target = details.Target;
        UpdatedAt = now;
    }
}

public sealed record NewKpi(string Name, KpiDirection Direction, KpiAggregation Aggregation, decimal Target, string? Unit = null);

/// <summary>One agent's figure for one KPI on one day, as fed by an integrator; sending it again replaces it.</summary>
public sealed class KpiDailyFigure : ITenantOwned
{
    private KpiDailyFigure()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid AgentId { get; private set; }

    public DateOnly Day { get; private set; }

    public string KpiCode { get; private set; } = "";

    public decimal Value { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public static KpiDailyFigure Record(Guid agentId, DateOnly day, string kpiCode, decimal value, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AgentId = agentId,
        Day = day,
        KpiCode = kpiCode,
        Value = value,
        RecordedAt = now,
    };

    public void Replace(decimal value, DateTimeOffset now)
    {
        Value = value;
        RecordedAt = now;
    }
}
