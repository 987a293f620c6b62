using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Complaints.Domain;
using Suite.Complaints.Domain.Routing;

namespace Suite.Complaints.Data;

internal sealed class RoutingRuleConfiguration : IEntityTypeConfiguration<RoutingRule>
{
    public void Configure(EntityTypeBuilder<RoutingRule> builder)
    {
        builder.ToTable("RoutingRules");
        builder.HasKey(rule => rule.Id);
        builder.Property(rule => rule.Topic).HasConversion<string>().HasMaxLength(40);
        builder.Property(rule => rule.Department).HasMaxLength(RoutingRules.MaxDepartmentLength);
        builder.HasIndex(rule => new { rule.TenantId, rule.Topic }).IsUnique();
    }
}

internal sealed class HandOffConfiguration : IEntityTypeConfiguration<HandOff>
{
    public void Configure(EntityTypeBuilder<HandOff> builder)
    {
        builder.ToTable("HandOffs");
        builder.HasKey(handOff => handOff.Id);
        builder.Ignore(handOff => handOff.IsOpen);
        builder.Property(handOff => handOff.Topic).HasConversion<string>().HasMaxLength(40);
        builder.Property(handOff => handOff.Department).HasMaxLength(RoutingRules.MaxDepartmentLength);
        builder.Property(handOff => handOff.Question).HasMaxLength(RoutingRules.MaxTextLength);
        builder.Property(handOff => handOff.Answer).HasMaxLength(RoutingRules.MaxTextLength);
        builder.Property(handOff => handOff.RequestedBy).HasMaxLength(ComplaintRules.MaxFiledByLength);
        builder.Property(handOff => handOff.AnsweredBy).HasMaxLength(ComplaintRules.MaxFiledByLength);
        builder.HasOne<Complaint>().WithMany().HasForeignKey(handOff => handOff.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(handOff => new { handOff.TenantId, handOff.ComplaintId });
        // A department's queue: its open hand-offs, soonest due first.
        builder.HasIndex(handOff => new { handOff.TenantId, handOff.Department, handOff.AnsweredAt, handOff.DueAt });
    }
}
