using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Scheduling.Domain.Rostering;
using Suite.Scheduling.Domain.Swaps;

namespace Suite.Scheduling.Data;

internal sealed class ShiftSwapConfiguration : IEntityTypeConfiguration<ShiftSwap>
{
    public void Configure(EntityTypeBuilder<ShiftSwap> builder)
    {
        builder.ToTable("ShiftSwaps");
        builder.HasKey(swap => swap.Id);
        builder.Ignore(swap => swap.IsOpen);
        builder.Property(swap => swap.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(swap => swap.Note).HasMaxLength(Api.SwapEndpoints.MaxTextLength);
        builder.Property(swap => swap.Reason).HasMaxLength(Api.SwapEndpoints.MaxTextLength);
        builder.Property(swap => swap.DecidedBy).HasMaxLength(200);
        builder.Property(swap => swap.Version).IsConcurrencyToken();
        builder.HasOne<Roster>().WithMany().HasForeignKey(swap => swap.RosterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(swap => new { swap.TenantId, swap.Status });
        builder.HasIndex(swap => new { swap.TenantId, swap.RequesterId });
        builder.HasIndex(swap => new { swap.TenantId, swap.PartnerId });
    }
}
