using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Quality.Domain;

namespace Suite.Quality.Data;

internal sealed class SamplingRunConfiguration : IEntityTypeConfiguration<SamplingRun>
{
    public void Configure(EntityTypeBuilder<SamplingRun> builder)
    {
        builder.ToTable("SamplingRuns");
        builder.HasKey(run => run.Id);
        builder.PrimitiveCollection(run => run.EvaluatorIds);
        builder.OwnsMany(run => run.Items, item =>
        {
            item.ToTable("SampledItems");
            item.WithOwner().HasForeignKey("SamplingRunId");
            item.HasKey("SamplingRunId", nameof(SampledItem.ConversationId));
            item.Property(sampled => sampled.StoreCode).HasMaxLength(TranscriptRules.MaxStoreCodeLength);
            item.Property(sampled => sampled.Kind).HasConversion<string>().HasMaxLength(20);
            item.Property(sampled => sampled.Reasons).HasMaxLength(100);
            item.Property(sampled => sampled.EvaluatorId).HasMaxLength(CalibrationSession.MaxEvaluatorIdLength);
            item.HasIndex(sampled => sampled.EvaluatorId);
        });
    }
}
