using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Scheduling.Domain.Certifications;

namespace Suite.Scheduling.Data;

internal sealed class AgentCertificationConfiguration : IEntityTypeConfiguration<AgentCertification>
{
    public void Configure(EntityTypeBuilder<AgentCertification> builder)
    {
        builder.ToTable("AgentCertifications");
        builder.HasKey(certification => certification.Id);
        builder.Property(certification => certification.Skill).HasMaxLength(50);
        builder.Ignore(certification => certification.IsCurrent);
        // One row per certification of Training, however often its events arrive.
        builder.HasIndex(certification => new { certification.TenantId, certification.CertificationId }).IsUnique();
        builder.HasIndex(certification => new { certification.TenantId, certification.AgentId });
    }
}

internal sealed class QueueCertificationRequirementConfiguration : IEntityTypeConfiguration<QueueCertificationRequirement>
{
    public void Configure(EntityTypeBuilder<QueueCertificationRequirement> builder)
    {
        builder.ToTable("QueueCertificationRequirements");
        builder.HasKey(requirement => requirement.QueueId);
        builder.PrimitiveCollection(requirement => requirement.Skills);
    }
}
