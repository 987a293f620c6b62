using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Scheduling.Domain.Demand;
using Suite.Scheduling.Domain.Stores;

namespace Suite.Scheduling.Data;

internal sealed class DemandIntervalConfiguration : IEntityTypeConfiguration<DemandInterval>
{
    public void Configure(EntityTypeBuilder<DemandInterval> builder)
    {
        builder.ToTable("DemandIntervals");
        builder.HasKey(interval => interval.Id);
        builder.Ignore(interval => interval.End);
        builder.HasOne<Queue>().WithMany().HasForeignKey(interval => interval.QueueId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(interval => new { interval.TenantId, interval.QueueId, interval.Start }).IsUnique();
    }
}
