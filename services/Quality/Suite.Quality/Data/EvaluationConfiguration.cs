using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Quality.Domain;

namespace Suite.Quality.Data;

internal sealed class EvaluationConfiguration : IEntityTypeConfiguration<Evaluation>
{
    public void Configure(EntityTypeBuilder<Evaluation> builder)
    {
        builder.ToTable("Evaluations");
        builder.HasKey(evaluation => evaluation.Id);
        builder.Property(evaluation => evaluation.EvaluatorId).HasMaxLength(200);
        builder.Property(evaluation => evaluation.ReviewerId).HasMaxLength(200);
        builder.Property(evaluation => evaluation.Comment).HasMaxLength(Evaluation.MaxTextLength);
        builder.Property(evaluation => evaluation.DisputeReason).HasMaxLength(Evaluation.MaxTextLength);
        builder.Property(evaluation => evaluation.ReviewComment).HasMaxLength(Evaluation.MaxTextLength);
        builder.Property(evaluation => evaluation.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(evaluation => evaluation.Score).HasPrecision(5, 2);
        builder.Property(evaluation => evaluation.ScoreBeforeReview).HasPrecision(5, 2);
        builder.Property(evaluation => evaluation.ConcurrencyStamp).IsConcurrencyToken();
        builder.PrimitiveCollection(evaluation => evaluation.FailedCriticalCriteria);
        builder.Property(evaluation => evaluation.Answers)
            .HasConversion(
                answers => JsonSerializer.Serialize(answers, DocumentJson.Options),
                json => JsonSerializer.Deserialize<Dictionary<string, CriterionOutcome>>(json, DocumentJson.Options) ?? new Dictionary<string, CriterionOutcome>(),
                new ValueComparer<Dictionary<string, CriterionOutcome>>(
                    (left, right) => JsonSerializer.Serialize(left, DocumentJson.Options) == JsonSerializer.Serialize(right, DocumentJson.Options),
                    answers => JsonSerializer.Serialize(answers, DocumentJson.Options).GetHashCode(StringComparison.Ordinal),
                    answers => answers.ToDictionary()));

        builder.HasIndex(evaluation => new { evaluation.TenantId, evaluation.AgentId, evaluation.CompletedAt });
        builder.HasIndex(evaluation => new { evaluation.TenantId, evaluation.ConversationId });
        builder.HasIndex(evaluation => new { evaluation.TenantId, evaluation.Status });
    }
}
