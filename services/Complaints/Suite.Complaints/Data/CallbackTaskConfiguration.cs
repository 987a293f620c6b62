using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Complaints.Domain;
using Suite.Complaints.Domain.Callbacks;

namespace Suite.Complaints.Data;

internal sealed class CallbackTaskConfiguration : IEntityTypeConfiguration<CallbackTask>
{
    public void Configure(EntityTypeBuilder<CallbackTask> builder)
    {
        builder.ToTable("CallbackTasks");
        builder.HasKey(task => task.Id);
        builder.Ignore(task => task.IsOpen);
        builder.Ignore(task => task.Reached);
        builder.Property(task => task.Version).IsConcurrencyToken();
        builder.Property(task => task.StoreCode).HasMaxLength(ComplaintRules.MaxStoreCodeLength);
        builder.Property(task => task.Note).HasMaxLength(CallbackRules.MaxNotesLength);
        builder.Property(task => task.CreatedBy).HasMaxLength(ComplaintRules.MaxFiledByLength);
        builder.Property(task => task.ClosedBy).HasMaxLength(ComplaintRules.MaxFiledByLength);
        builder.Property(task => task.Outcome).HasConversion<string>().HasMaxLength(40);
        builder.ComplexCollection(task => task.Attempts, attempts => attempts.ToJson());
        builder.HasOne<Complaint>().WithMany().HasForeignKey(task => task.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(task => new { task.TenantId, task.ComplaintId });
        // The callback list: open ones soonest due first, by store or agent; the success rates by store and agent.
        builder.HasIndex(task => new { task.TenantId, task.StoreCode, task.DueAt });
        builder.HasIndex(task => new { task.TenantId, task.AgentId, task.DueAt });
    }
}
