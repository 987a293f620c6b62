using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Scheduling.Domain;

namespace Suite.Scheduling.Data;

internal sealed class AgentConfiguration : IEntityTypeConfiguration<Agent>
{
    public void Configure(EntityTypeBuilder<Agent> builder)
    {
        builder.ToTable("Agents");
        builder.HasKey(agent => agent.Id);
        builder.Property(agent => agent.EmployeeNumber).HasMaxLength(32);
        builder.Property(agent => agent.DisplayName).HasMaxLength(100);
        builder.Property(agent => agent.Team).HasMaxLength(100);
        builder.Property(agent => agent.Level).HasConversion<string>().HasMaxLength(40);
        builder.PrimitiveCollection(agent => agent.Skills);
        builder.HasIndex(agent => new { agent.TenantId, agent.EmployeeNumber }).IsUnique();
        builder.HasIndex(agent => new { agent.TenantId, agent.Team });
        builder.Property(agent => agent.ContractedWeeklyHours).HasPrecision(5, 2);
        builder.Property(agent => agent.Availability).AsWeeklyWindows();
        // Portable optimistic concurrency: SQLite has no rowversion, so the version is a plain
        // column that every update both checks and raises.
        builder.Property(agent => agent.Version).IsConcurrencyToken();
    }
}
