using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Quality.Domain;

namespace Suite.Quality.Data;

internal sealed class AppraisalConfiguration : IEntityTypeConfiguration<Appraisal>
{
    public void Configure(EntityTypeBuilder<Appraisal> builder)
    {
        builder.ToTable("Appraisals");
        builder.HasKey(appraisal => appraisal.Id);
        builder.Property(appraisal => appraisal.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(appraisal => appraisal.ComputedBy).HasMaxLength(200);
        builder.Property(appraisal => appraisal.PublishedBy).HasMaxLength(200);
        builder.Property(appraisal => appraisal.Policy).AsJsonDocument();
        builder.Property(appraisal => appraisal.Lines).AsJsonDocument();
        builder.Property(appraisal => appraisal.ConcurrencyStamp).IsConcurrencyToken();

        // One appraisal per tenant and month, even when two managers run it at the same moment.
        builder.HasIndex(appraisal => new { appraisal.TenantId, appraisal.Year, appraisal.Month }).IsUnique();
    }
}

internal sealed class TenantAppraisalSettingsConfiguration : IEntityTypeConfiguration<TenantAppraisalSettings>
{
    public void Configure(EntityTypeBuilder<TenantAppraisalSettings> builder)
    {
        builder.ToTable("AppraisalSettings");
        builder.HasKey(settings => settings.Id);
        builder.Property(settings => settings.Policy).AsJsonDocument();
        builder.HasIndex(settings => settings.TenantId).IsUnique();
    }
}

internal sealed class AgentLevelRecordConfiguration : IEntityTypeConfiguration<AgentLevelRecord>
{
    public void Configure(EntityTypeBuilder<AgentLevelRecord> builder)
    {
        builder.ToTable("AgentLevels");
        builder.HasKey(record => record.Id);
        builder.Property(record => record.Level).HasMaxLength(40);
        builder.HasIndex(record => new { record.TenantId, record.AgentId }).IsUnique();
    }
}
