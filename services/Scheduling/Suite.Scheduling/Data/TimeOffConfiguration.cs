using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Scheduling.Domain;
using Suite.Scheduling.Domain.TimeOff;

namespace Suite.Scheduling.Data;

internal sealed class TimeOffRequestConfiguration : IEntityTypeConfiguration<TimeOffRequest>
{
    public void Configure(EntityTypeBuilder<TimeOffRequest> builder)
    {
        builder.ToTable("TimeOffRequests");
        builder.HasKey(request => request.Id);
        builder.Ignore(request => request.IsWholeDays);
        builder.Ignore(request => request.HoldsDays);
        builder.Ignore(request => request.Days);
        builder.Property(request => request.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(request => request.Note).HasMaxLength(TimeOffRules.MaxNoteLength);
        builder.Property(request => request.DecisionReason).HasMaxLength(TimeOffRules.MaxReasonLength);
        builder.Property(request => request.RequestedBy).HasMaxLength(200);
        builder.Property(request => request.DecidedBy).HasMaxLength(200);
        builder.Property(request => request.CancelledBy).HasMaxLength(200);
        builder.Property(request => request.Version).IsConcurrencyToken();
        builder.HasOne<Agent>().WithMany().HasForeignKey(request => request.AgentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(request => new { request.TenantId, request.AgentId, request.FirstDay });
        builder.HasIndex(request => new { request.TenantId, request.Status, request.FirstDay });
    }
}
