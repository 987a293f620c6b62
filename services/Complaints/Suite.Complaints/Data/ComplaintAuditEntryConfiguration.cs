using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Complaints.Domain;

namespace Suite.Complaints.Data;

internal sealed class ComplaintAuditEntryConfiguration : IEntityTypeConfiguration<ComplaintAuditEntry>
{
    public void Configure(EntityTypeBuilder<ComplaintAuditEntry> builder)
    {
        builder.ToTable("ComplaintAuditEntries");
        builder.HasKey(entry => entry.Id);
        builder.Property(entry => entry.By).HasMaxLength(ComplaintRules.MaxFiledByLength);
        builder.Property(entry => entry.Action).HasConversion<string>().HasMaxLength(40);
        builder.Property(entry => entry.From).HasMaxLength(300);
        builder.Property(entry => entry.To).HasMaxLength(300);
        builder.Property(entry => entry.Note).HasMaxLength(ChangeRules.MaxNoteLength);
        builder.HasOne<Complaint>().WithMany().HasForeignKey(entry => entry.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        // Read as one complaint's trail in order; the SLA clocks read its status changes the same way.
        // Not unique: two writers from the same reading both number their entry alike, and the loser must
        // be refused by the complaint's concurrency token (a 409), not by this index (a bare DbUpdateException).
        builder.HasIndex(entry => new { entry.TenantId, entry.ComplaintId, entry.Sequence });
    }
}
