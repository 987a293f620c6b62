using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Scheduling.Domain;
using Suite.Scheduling.Domain.TimeOff;

namespace Suite.Scheduling.Data;

internal sealed class TimeOffLedgerConfiguration : IEntityTypeConfiguration<TimeOffLedger>
{
    public void Configure(EntityTypeBuilder<TimeOffLedger> builder)
    {
        builder.ToTable("TimeOffLedgers");
        // The agent id as key: the first two requests of an agent race on inserting this row instead.
        builder.HasKey(ledger => ledger.AgentId);
        builder.Property(ledger => ledger.Version).IsConcurrencyToken();
        builder.HasOne<Agent>().WithMany().HasForeignKey(ledger => ledger.AgentId).OnDelete(DeleteBehavior.Cascade);
    }
}
