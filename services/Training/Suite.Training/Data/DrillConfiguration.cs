using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Training.Domain;

namespace Suite.Training.Data;

internal sealed class ScenarioConfiguration : IEntityTypeConfiguration<RolePlayScenario>
{
    public void Configure(EntityTypeBuilder<RolePlayScenario> builder)
    {
        builder.ToTable("RolePlayScenarios");
        builder.HasKey(scenario => scenario.Id);
        builder.Property(scenario => scenario.Title).HasMaxLength(DrillRules.MaxTitleLength);
        builder.Property(scenario => scenario.Category).HasConversion<string>().HasMaxLength(40);
        builder.Property(scenario => scenario.CustomerPersona).HasMaxLength(DrillRules.MaxPersonaLength);
        builder.Property(scenario => scenario.Situation).HasMaxLength(DrillRules.MaxSituationLength);
        builder.Property(scenario => scenario.KeyPoints).StoredAsJson();
    }
}

internal sealed class DrillConfiguration : IEntityTypeConfiguration<DrillSession>
{
    public void Configure(EntityTypeBuilder<DrillSession> builder)
    {
        builder.ToTable("DrillSessions");
        builder.HasKey(drill => drill.Id);
        // Two evaluators scoring the same drill at once: the second finds it scored and fails.
        builder.Property(drill => drill.Status).HasConversion<string>().HasMaxLength(40).IsConcurrencyToken();
        builder.Property(drill => drill.PointScores).StoredAsJson();
        builder.Property(drill => drill.ScorePercent).HasPrecision(5, 2);
        builder.Property(drill => drill.Feedback).HasMaxLength(DrillRules.MaxFeedbackLength);
        builder.HasOne<RolePlayScenario>().WithMany().HasForeignKey(drill => drill.ScenarioId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(drill => new { drill.AgentId, drill.CreatedAt });
    }
}
