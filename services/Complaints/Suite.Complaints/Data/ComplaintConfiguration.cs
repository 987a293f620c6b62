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
        builder.Property(complaint => complaint.Description).HasMaxLength(ComplaintRules.MaxDescriptionLength);
        builder.PrimitiveCollection(complaint => complaint.Attachments);
        builder.Property(complaint => complaint.Status).HasConversion<string>().HasMaxLength(40);
        builder.Property(complaint => complaint.FiledBy).HasMaxLength(ComplaintRules.MaxFiledByLength);

        // The list is read newest first, filtered by agent, status or category; the agent's history
        // (gRPC, for appraisal) by agent, newest first.
        builder.HasIndex(complaint => new { complaint.TenantId, complaint.FiledAt });
        builder.HasIndex(complaint => new { complaint.TenantId, complaint.AgentId, complaint.FiledAt });
        builder.HasIndex(complaint => new { complaint.TenantId, complaint.Status, complaint.FiledAt });
    }
}
