using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Quality.Domain;

namespace Suite.Quality.Data;

internal sealed class AppraisalLedgerEntryConfiguration : IEntityTypeConfiguration<AppraisalLedgerEntry>
{
    public void Configure(EntityTypeBuilder<AppraisalLedgerEntry> builder)
    {
        builder.ToTable("AppraisalLedgerEntries");
        builder.HasKey(entry => entry.Id);
        builder.Property(entry => entry.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(entry => entry.Summary).HasMaxLength(AppraisalLedgerEntry.MaxSummaryLength);
        builder.Property(entry => entry.Severity).HasMaxLength(ComplaintLedgerRules.MaxSeverityLength);
        builder.Property(entry => entry.Category).HasMaxLength(ComplaintLedgerRules.MaxCategoryLength);
        builder.Property(entry => entry.StoreCode).HasMaxLength(ComplaintLedgerRules.MaxStoreCodeLength);

        // One source fact is on the ledger once, however many times (or under whichever event id) it arrives.
        builder.HasIndex(entry => new { entry.TenantId, entry.Kind, entry.SourceId }).IsUnique();
        builder.HasIndex(entry => new { entry.TenantId, entry.AgentId, entry.OccurredAt });
    }
}
