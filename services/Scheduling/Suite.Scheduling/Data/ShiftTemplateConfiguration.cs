using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Scheduling.Domain.Rostering;

namespace Suite.Scheduling.Data;

internal sealed class ShiftTemplateConfiguration : IEntityTypeConfiguration<ShiftTemplate>
{
    public void Configure(EntityTypeBuilder<ShiftTemplate> builder)
    {
        builder.ToTable("ShiftTemplates");
        builder.HasKey(template => template.Id);
        builder.Property(template => template.Name).HasMaxLength(ShiftTemplateRules.MaxNameLength);
        builder.Ignore(template => template.Pattern);
        builder.PrimitiveCollection(template => template.Days);
        builder.Property(template => template.Breaks)
            .HasConversion(
                breaks => JsonSerializer.Serialize(breaks, JsonSerializerOptions.Default),
                json => JsonSerializer.Deserialize<List<ShiftBreak>>(json, JsonSerializerOptions.Default) ?? new List<ShiftBreak>(),
                new ValueComparer<List<ShiftBreak>>(
                    (left, right) => left!.SequenceEqual(right!),
                    breaks => breaks.Aggregate(0, (hash, pause) => HashCode.Combine(hash, pause)),
                    breaks => breaks.ToList()))
            .HasMaxLength(1000);
        builder.HasIndex(template => new { template.TenantId, template.Name }).IsUnique();
    }
}
