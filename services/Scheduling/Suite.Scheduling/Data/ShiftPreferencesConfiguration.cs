using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Scheduling.Domain;
using Suite.Scheduling.Domain.Rostering;

namespace Suite.Scheduling.Data;

internal sealed class ShiftPreferencesConfiguration : IEntityTypeConfiguration<ShiftPreferences>
{
    public void Configure(EntityTypeBuilder<ShiftPreferences> builder)
    {
        builder.ToTable("ShiftPreferences");
        builder.HasKey(preferences => preferences.AgentId);
        builder.PrimitiveCollection(preferences => preferences.ShiftTemplateIds);
        builder.Property(preferences => preferences.Version).IsConcurrencyToken();
        builder.HasOne<Agent>().WithMany().HasForeignKey(preferences => preferences.AgentId).OnDelete(DeleteBehavior.Cascade);
    }
}
