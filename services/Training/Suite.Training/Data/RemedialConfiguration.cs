using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Training.Domain;

namespace Suite.Training.Data;

internal sealed class RemedialRuleConfiguration : IEntityTypeConfiguration<RemedialRule>
{
    public void Configure(EntityTypeBuilder<RemedialRule> builder)
    {
        builder.ToTable("RemedialRules");
        builder.HasKey(rule => rule.Id);
        builder.Property(rule => rule.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(rule => rule.Code).HasMaxLength(RemedialRules.MaxCodeLength);
        builder.Property(rule => rule.ScoreBelow).HasPrecision(5, 2);
        builder.HasOne<Course>().WithMany().HasForeignKey(rule => rule.CourseId).OnDelete(DeleteBehavior.Restrict);
        // One course per cause: two supervisors mapping the same red line at once cannot both succeed.
        builder.HasIndex(rule => new { rule.TenantId, rule.Kind, rule.Code }).IsUnique();
    }
}

internal sealed class RemedialAssignmentConfiguration : IEntityTypeConfiguration<RemedialAssignment>
{
    public void Configure(EntityTypeBuilder<RemedialAssignment> builder)
    {
        builder.ToTable("RemedialAssignments");
        builder.HasKey(assignment => assignment.Id);
        builder.Property(assignment => assignment.Cause).HasMaxLength(200);
        builder.Property(assignment => assignment.Reason).HasMaxLength(500);
        builder.HasOne<Course>().WithMany().HasForeignKey(assignment => assignment.CourseId).OnDelete(DeleteBehavior.Restrict);
        // Exactly once per cause, even when two deliveries of different events about one cause race.
        builder.HasIndex(assignment => new { assignment.TenantId, assignment.Cause, assignment.CourseId }).IsUnique();
        builder.HasIndex(assignment => new { assignment.AgentId, assignment.AssignedAt });
    }
}
