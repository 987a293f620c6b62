using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Complaints.Domain;

namespace Suite.Complaints.Data;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.ToTable("Complaints");
        builder.HasKey(complaint => complaint.Id);
        builder.Property(complaint => complaint.Channel).HasConversion<string>().HasMaxLength(40);
        builder.Property(complaint => complaint.Platform).HasMaxLength(ComplaintRules.MaxPlatformLength);
        builder.Property(complaint => complaint.StoreCode).HasMaxLength(ComplaintRules.MaxStoreCodeLength);
        builder.Property(complaint => complaint.CustomerReference).HasMaxLength(ComplaintRules.MaxCustomerReferenceLength);
        builder.Property(complaint => complaint.OrderReference).HasMaxLength(ComplaintRules.MaxOrderReferenceLength);
        builder.Property(complaint => complaint.Category).HasConversion<string>().HasMaxLength(40);
        builder.Property(complaint => complaint.Severity).HasConversion<string>().HasMaxLength(10);
        builder.Property(complaint => complaint.Version).IsConcurrencyToken();
        builder.PrimitiveCollection(complaint => complaint.MajorReasons).ElementType().HasConversion<string>();
        builder.Property(complaint => complaint.SeverityOverrideReason).HasMaxLength(ChangeRules.MaxReasonLength);
        builder.ComplexProperty(complaint => complaint.Resolution, resolution =>
        {
            resolution.Property(value => value.Outcome).HasConversion<string>().HasMaxLength(40).HasColumnName("ResolutionOutcome");
            resolution.Property(value => value.RootCause).HasConversion<string>().HasMaxLength(40).HasColumnName("ResolutionRootCause");
            resolution.Property(value => value.UpheldAgainstAgent).HasColumnName("ResolutionUpheldAgainstAgent");
            resolution.Property(value => value.Note).HasMaxLength(ChangeRules.MaxNoteLength).HasColumnName("ResolutionNote");
            resolution.Property(value => value.ResolvedAt).HasColumnName("ResolvedAt");
            resolution.Property(value => value.ResolvedBy).HasMaxLength(ComplaintRules.MaxFiledByLength).HasColumnName("ResolvedBy");
        });
        builder.Property(complaint => complaint.Description).HasMaxLength(ComplaintRules.MaxDescriptionLength);
        builder.PrimitiveCollection(complaint => complaint.Attachments);
        builder.PrimitiveCollection(complaint => complaint.AgentCandidates);
        builder.Property(complaint => complaint.Status).HasConversion<string>().HasMaxLength(40);
        builder.Property(complaint => complaint.FiledBy).HasMaxLength(ComplaintRules.MaxFiledByLength);

        // The list is read newest first, filtered by agent, status or category; the agent's history
        // (gRPC, for appraisal) by agent, newest first.
        builder.HasIndex(complaint => new { complaint.TenantId, complaint.FiledAt });
        builder.HasIndex(complaint => new { complaint.TenantId, complaint.AgentId, complaint.FiledAt });
        builder.HasIndex(complaint => new { complaint.TenantId, complaint.Status, complaint.FiledAt });
        // Repeat complainants are found by customer and platform.
        builder.HasIndex(complaint => new { complaint.TenantId, complaint.Platform, complaint.CustomerReference, complaint.FiledAt });
    }
}
