using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Scheduling.Domain;
using Suite.Scheduling.Domain.TaskLists;

namespace Suite.Scheduling.Data;

internal sealed class TaskListTemplateConfiguration : IEntityTypeConfiguration<TaskListTemplate>
{
    public void Configure(EntityTypeBuilder<TaskListTemplate> builder)
    {
        builder.ToTable("TaskListTemplates");
        builder.HasKey(template => template.Id);
        builder.Property(template => template.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(template => template.Name).HasMaxLength(TaskListRules.MaxNameLength);
        builder.Property(template => template.TimeZone).HasMaxLength(64);
        builder.Property(template => template.Version).IsConcurrencyToken();

        // The items are read and replaced as a whole with their template.
        builder.Property(template => template.Items)
            .HasConversion(
                items => JsonSerializer.Serialize(items, JsonSerializerOptions.Default),
                json => JsonSerializer.Deserialize<List<TaskTemplateItem>>(json, JsonSerializerOptions.Default) ?? new List<TaskTemplateItem>(),
                new ValueComparer<List<TaskTemplateItem>>(
                    (left, right) => left!.SequenceEqual(right!),
                    items => items.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
                    items => items.ToList()));
        builder.HasIndex(template => new { template.TenantId, template.Role }).IsUnique();
    }
}

internal sealed class DailyChecklistConfiguration : IEntityTypeConfiguration<DailyChecklist>
{
    public void Configure(EntityTypeBuilder<DailyChecklist> builder)
    {
        builder.ToTable("DailyChecklists");
        builder.HasKey(checklist => checklist.Id);
        builder.Property(checklist => checklist.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(checklist => checklist.TimeZone).HasMaxLength(64);
        builder.HasOne<Agent>().WithMany().HasForeignKey(checklist => checklist.AgentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(checklist => checklist.Items).WithOne().HasForeignKey(item => item.ChecklistId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(checklist => new { checklist.TenantId, checklist.AgentId, checklist.Day }).IsUnique();
        builder.HasIndex(checklist => new { checklist.TenantId, checklist.Day });
    }
}

internal sealed class ChecklistItemConfiguration : IEntityTypeConfiguration<ChecklistItem>
{
    public void Configure(EntityTypeBuilder<ChecklistItem> builder)
    {
        builder.ToTable("ChecklistItems");
        builder.HasKey(item => item.Id);
        builder.Ignore(item => item.IsDone);
        builder.Property(item => item.Title).HasMaxLength(TaskListRules.MaxTitleLength);
        builder.Property(item => item.CompletedBy).HasMaxLength(200);
    }
}
