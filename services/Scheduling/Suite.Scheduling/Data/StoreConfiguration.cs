using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Scheduling.Domain.Stores;

namespace Suite.Scheduling.Data;

internal sealed class StoreConfiguration : IEntityTypeConfiguration<Store>
{
    public void Configure(EntityTypeBuilder<Store> builder)
    {
        builder.ToTable("Stores");
        builder.HasKey(store => store.Id);
        builder.Property(store => store.Code).HasMaxLength(StoreRules.MaxCodeLength);
        builder.Property(store => store.Name).HasMaxLength(StoreRules.MaxNameLength);
        builder.Property(store => store.Platform).HasMaxLength(StoreRules.MaxPlatformLength);
        builder.Property(store => store.TimeZone).HasMaxLength(64);
        builder.Property(store => store.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(store => store.OpeningHours).AsWeeklyWindows();
        builder.HasIndex(store => new { store.TenantId, store.Platform, store.Name }).IsUnique();
        builder.HasIndex(store => new { store.TenantId, store.Code }).IsUnique();
    }
}

internal sealed class QueueConfiguration : IEntityTypeConfiguration<Queue>
{
    public void Configure(EntityTypeBuilder<Queue> builder)
    {
        builder.ToTable("Queues");
        builder.HasKey(queue => queue.Id);
        builder.Property(queue => queue.Name).HasMaxLength(StoreRules.MaxNameLength);
        builder.PrimitiveCollection(queue => queue.RequiredSkills);
        builder.HasOne<Store>().WithMany().HasForeignKey(queue => queue.StoreId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(queue => new { queue.TenantId, queue.StoreId, queue.Name }).IsUnique();
    }
}
