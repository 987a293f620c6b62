using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Scheduling.Domain.Rostering;

namespace Suite.Scheduling.Data;

internal sealed class RosterConfiguration : IEntityTypeConfiguration<Roster>
{
    public void Configure(EntityTypeBuilder<Roster> builder)
    {
        builder.ToTable("Rosters");
        builder.HasKey(roster => roster.Id);
        builder.Property(roster => roster.Name).HasMaxLength(100);
        builder.Property(roster => roster.TimeZone).HasMaxLength(64);
        builder.Property(roster => roster.Status).HasConversion<string>().HasMaxLength(20);
        builder.PrimitiveCollection(roster => roster.QueueIds);
        builder.PrimitiveCollection(roster => roster.ShiftTemplateIds);
        builder.Property(roster => roster.Version).IsConcurrencyToken();
        // Settings are read and replaced as a whole with the roster.
        builder.Property(roster => roster.Settings)
            .HasConversion(
                settings => JsonSerializer.Serialize(settings, JsonSerializerOptions.Default),
                json => JsonSerializer.Deserialize<RosterSettings>(json, JsonSerializerOptions.Default)!)
            .HasMaxLength(1000);
        builder.HasIndex(roster => new { roster.TenantId, roster.Status, roster.FirstDay });
    }
}

internal sealed class RosterAssignmentConfiguration : IEntityTypeConfiguration<RosterAssignment>
{
    public void Configure(EntityTypeBuilder<RosterAssignment> builder)
    {
        builder.ToTable("RosterAssignments");
        builder.HasKey(assignment => assignment.Id);
        builder.Property(assignment => assignment.ShiftName).HasMaxLength(ShiftTemplateRules.MaxNameLength);
        builder.Ignore(assignment => assignment.Shift);
        builder.Ignore(assignment => assignment.Plan);
        builder.Property(assignment => assignment.Breaks)
            .HasConversion(
                breaks => JsonSerializer.Serialize(breaks, JsonSerializerOptions.Default),
                json => JsonSerializer.Deserialize<List<BreakSpan>>(json, JsonSerializerOptions.Default) ?? new List<BreakSpan>(),
                new ValueComparer<List<BreakSpan>>(
                    (left, right) => left!.SequenceEqual(right!),
                    breaks => breaks.Aggregate(0, (hash, pause) => HashCode.Combine(hash, pause)),
                    breaks => breaks.ToList()))
            .HasMaxLength(2000);
        builder.HasOne<Roster>().WithMany().HasForeignKey(assignment => assignment.RosterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(assignment => new { assignment.RosterId, assignment.AgentId, assignment.Day }).IsUnique();
        builder.HasIndex(assignment => new { assignment.TenantId, assignment.Start });
    }
}
