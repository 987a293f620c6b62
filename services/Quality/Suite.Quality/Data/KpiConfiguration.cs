using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Quality.Domain;

namespace Suite.Quality.Data;

internal sealed class KpiDefinitionConfiguration : IEntityTypeConfiguration<KpiDefinition>
{
    public void Configure(EntityTypeBuilder<KpiDefinition> builder)
    {
        builder.ToTable("KpiDefinitions");
        builder.HasKey(kpi => kpi.Id);
        builder.Property(kpi => kpi.Code).HasMaxLength(ScorecardRules.MaxKeyLength);
        builder.Property(kpi => kpi.Name).HasMaxLength(KpiRules.MaxNameLength);
        builder.Property(kpi => kpi.Unit).HasMaxLength(KpiRules.MaxUnitLength);
        builder.Property(kpi => kpi.Direction).HasConversion<string>().HasMaxLength(20);
        builder.Property(kpi => kpi.Aggregation).HasConversion<string>().HasMaxLength(20);
        builder.Property(kpi => kpi.Target).HasPrecision(18, 4);
        builder.HasIndex(kpi => new { kpi.TenantId, kpi.Code }).IsUnique();
    }
}

internal sealed class KpiDailyFigureConfiguration : IEntityTypeConfiguration<KpiDailyFigure>
{
    public void Configure(EntityTypeBuilder<KpiDailyFigure> builder)
    {
        builder.ToTable("KpiDailyFigures");
        builder.HasKey(figure => figure.Id);
        builder.Property(figure => figure.KpiCode).HasMaxLength(ScorecardRules.MaxKeyLength);
        builder.Property(figure => figure.Value).HasPrecision(18, 4);
        builder.HasIndex(figure => new { figure.TenantId, figure.AgentId, figure.Day, figure.KpiCode }).IsUnique();
    }
}
