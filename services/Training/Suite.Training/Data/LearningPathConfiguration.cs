using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Training.Domain;

namespace Suite.Training.Data;

internal sealed class LearningPathConfiguration(string onlyTheDefaultFilter) : IEntityTypeConfiguration<LearningPath>
{
    public void Configure(EntityTypeBuilder<LearningPath> builder)
    {
        builder.ToTable("LearningPaths");
        builder.HasKey(path => path.Id);
        builder.Property(path => path.Name).HasMaxLength(LearningPathRules.MaxNameLength);
        builder.Property(path => path.Description).HasMaxLength(LearningPathRules.MaxDescriptionLength);
        builder.Property(path => path.Kind).HasConversion<string>().HasMaxLength(40);

        // The flag is part of the key so that un-defaulting the old path counts as freeing the key,
        // which makes EF write that update before inserting the new default in the same SaveChanges.
        builder.HasIndex(path => new { path.TenantId, path.IsDefaultOnboarding })
            .IsUnique()
            .HasFilter(onlyTheDefaultFilter)
            .HasDatabaseName("IX_LearningPaths_OneDefaultOnboardingPerTenant");
    }
}
