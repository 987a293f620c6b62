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

        // At most one default per tenant, even when two first hires or two supervisors race to make one.
        // The flag is in the key to keep this index apart from the plain tenant index every tenant-owned
        // table gets: on TenantId alone, EF would merge the two into this filtered one.
        builder.HasIndex(path => new { path.TenantId, path.IsDefaultOnboarding })
            .IsUnique()
            .HasFilter(onlyTheDefaultFilter)
            .HasDatabaseName("IX_LearningPaths_OneDefaultOnboardingPerTenant");
    }
}
