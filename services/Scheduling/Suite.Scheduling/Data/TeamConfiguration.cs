using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Scheduling.Domain;

namespace Suite.Scheduling.Data;

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.ToTable("Teams");
        builder.HasKey(team => team.Id);
        builder.Property(team => team.Name).HasMaxLength(TeamRules.MaxNameLength);
        builder.HasIndex(team => new { team.TenantId, team.Name }).IsUnique();
        builder.HasOne<Agent>().WithMany().HasForeignKey(team => team.LeaderId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(team => team.Version).IsConcurrencyToken();
    }
}
