using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Complaints.Domain;
using Suite.Complaints.Domain.Compensation;

namespace Suite.Complaints.Data;

internal sealed class CompensationClaimConfiguration : IEntityTypeConfiguration<CompensationClaim>
{
    public void Configure(EntityTypeBuilder<CompensationClaim> builder)
    {
        builder.ToTable("CompensationClaims");
        builder.HasKey(claim => claim.Id);
        // Four decimal places cover every ISO 4217 minor unit; SQLite keeps the exact text.
        builder.Property(claim => claim.Amount).HasPrecision(18, 4);
        builder.Property(claim => claim.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(claim => claim.Reason).HasMaxLength(CompensationRules.MaxReasonLength);
        builder.Property(claim => claim.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(claim => claim.ProposedBy).HasMaxLength(ComplaintRules.MaxFiledByLength);
        builder.Property(claim => claim.DecidedBy).HasMaxLength(ComplaintRules.MaxFiledByLength);
        builder.Property(claim => claim.DecisionReason).HasMaxLength(CompensationRules.MaxReasonLength);
        builder.Property(claim => claim.PaymentReference).HasMaxLength(CompensationRules.MaxPaymentReferenceLength);
        builder.Property(claim => claim.Version).IsConcurrencyToken();
        builder.HasOne<Complaint>().WithMany().HasForeignKey(claim => claim.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(claim => new { claim.TenantId, claim.ComplaintId, claim.ProposedAt });
    }
}

internal sealed class ApprovalLimitConfiguration : IEntityTypeConfiguration<ApprovalLimit>
{
    public void Configure(EntityTypeBuilder<ApprovalLimit> builder)
    {
        builder.ToTable("ApprovalLimits");
        builder.HasKey(limit => limit.Id);
        builder.Property(limit => limit.Role).HasMaxLength(40);
        builder.Property(limit => limit.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(limit => limit.MaxAmount).HasPrecision(18, 4);
        builder.HasIndex(limit => new { limit.TenantId, limit.Role, limit.Currency }).IsUnique();
    }
}
