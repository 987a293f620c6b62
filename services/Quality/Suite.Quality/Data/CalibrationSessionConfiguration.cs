using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Quality.Domain;

namespace Suite.Quality.Data;

internal sealed class CalibrationSessionConfiguration : IEntityTypeConfiguration<CalibrationSession>
{
    public void Configure(EntityTypeBuilder<CalibrationSession> builder)
    {
        builder.ToTable("CalibrationSessions");
        builder.HasKey(session => session.Id);
        builder.Property(session => session.ReferenceEvaluatorId).HasMaxLength(CalibrationSession.MaxEvaluatorIdLength);
        builder.PrimitiveCollection(session => session.EvaluatorIds);
        builder.Property(session => session.ConcurrencyStamp).IsConcurrencyToken();
        builder.OwnsMany(session => session.Submissions, submission =>
        {
            submission.ToTable("CalibrationSubmissions");
            submission.WithOwner().HasForeignKey("SessionId");
            submission.HasKey("SessionId", nameof(CalibrationSubmission.EvaluatorId));
            submission.Property(item => item.EvaluatorId).HasMaxLength(CalibrationSession.MaxEvaluatorIdLength);
            submission.Property(item => item.Answers)
                .HasConversion(
                    answers => JsonSerializer.Serialize(answers, DocumentJson.Options),
                    json => JsonSerializer.Deserialize<Dictionary<string, CriterionOutcome>>(json, DocumentJson.Options) ?? new Dictionary<string, CriterionOutcome>(),
                    new ValueComparer<Dictionary<string, CriterionOutcome>>(
                        (left, right) => JsonSerializer.Serialize(left, DocumentJson.Options) == JsonSerializer.Serialize(right, DocumentJson.Options),
                        answers => JsonSerializer.Serialize(answers, DocumentJson.Options).GetHashCode(StringComparison.Ordinal),
                        answers => answers.ToDictionary()));
        });
    }
}
