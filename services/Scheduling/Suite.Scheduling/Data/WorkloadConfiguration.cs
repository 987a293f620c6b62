using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Scheduling.Domain;
using Suite.Scheduling.Domain.Workload;

namespace Suite.Scheduling.Data;

internal sealed class DailyReceptionConfiguration : IEntityTypeConfiguration<DailyReception>
{
    public void Configure(EntityTypeBuilder<DailyReception> builder)
    {
        builder.ToTable("DailyReceptions");
        builder.HasKey(reception => reception.Id);
        builder.Property(reception => reception.Store).HasMaxLength(ReceptionRules.MaxStoreLength);
        builder.HasOne<Agent>().WithMany().HasForeignKey(reception => reception.AgentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(reception => new { reception.TenantId, reception.Date, reception.AgentId, reception.Store }).IsUnique();
    }
}

internal sealed class WorkloadSettingsConfiguration : IEntityTypeConfiguration<WorkloadSettings>
{
    public void Configure(EntityTypeBuilder<WorkloadSettings> builder)
    {
        builder.ToTable("WorkloadSettings");
        builder.HasKey(settings => settings.TenantId);
    }
}
