using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Training.Domain;

namespace Suite.Training.Data;

internal sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> builder)
    {
        builder.ToTable("Enrolments");
        builder.HasKey(enrolment => enrolment.Id);
        builder.Property(enrolment => enrolment.Status).HasConversion<string>().HasMaxLength(40);
        builder.Property(enrolment => enrolment.Reason).HasMaxLength(200);
        builder.HasOne<LearningPath>().WithMany().HasForeignKey(enrolment => enrolment.LearningPathId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(enrolment => new { enrolment.TenantId, enrolment.AgentId, enrolment.LearningPathId }).IsUnique();
    }
}
