using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Complaints.Domain;
using Suite.Complaints.Domain.Escalations;

namespace Suite.Complaints.Data;

internal sealed class EscalationConfiguration : IEntityTypeConfiguration<Escalation>
{
    public const int MaxReasonLength = 500;

    public void Configure(EntityTypeBuilder<Escalation> builder)
    {
        builder.ToTable("Escalations");
        builder.HasKey(escalation => escalation.Id);
        builder.Property(escalation => escalation.Trigger).HasConversion<string>().HasMaxLength(40);
        builder.Property(escalation => escalation.Stage).HasConversion<string>().HasMaxLength(40);
        builder.Property(escalation => escalation.By).HasMaxLength(ComplaintRules.MaxFiledByLength);
        builder.Property(escalation => escalation.Reason).HasMaxLength(MaxReasonLength);
        builder.HasOne<Complaint>().WithMany().HasForeignKey(escalation => escalation.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        // The exactly-once guarantee: two replicas finding the same breach both try this insert in the
        // transaction of their outbox row, and the database lets only one of them commit.
        builder.HasIndex(escalation => new { escalation.TenantId, escalation.ComplaintId, escalation.Trigger, escalation.Round, escalation.Stage }).IsUnique();
    }
}
