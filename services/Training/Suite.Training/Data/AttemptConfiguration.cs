using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Training.Domain;

namespace Suite.Training.Data;

internal sealed class AttemptConfiguration : IEntityTypeConfiguration<QuizAttempt>
{
    public void Configure(EntityTypeBuilder<QuizAttempt> builder)
    {
        builder.ToTable("QuizAttempts");
        builder.HasKey(attempt => attempt.Id);
        builder.Property(attempt => attempt.Status).HasConversion<string>().HasMaxLength(40);
        builder.Property(attempt => attempt.QuestionIds).StoredAsJson();
        builder.Property(attempt => attempt.Answers).StoredAsJson();
        builder.Property(attempt => attempt.ScorePercent).HasPrecision(5, 2);
        // A submission and a grading racing on one attempt: the second finds the status changed and fails.
        builder.Property(attempt => attempt.Status).IsConcurrencyToken();
        builder.HasOne<Course>().WithMany().HasForeignKey(attempt => attempt.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(attempt => new { attempt.TenantId, attempt.AgentId, attempt.CourseId, attempt.Number }).IsUnique();
    }
}

internal sealed class CompletionConfiguration : IEntityTypeConfiguration<CourseCompletion>
{
    public void Configure(EntityTypeBuilder<CourseCompletion> builder)
    {
        builder.ToTable("CourseCompletions");
        builder.HasKey(completion => completion.Id);
        builder.Property(completion => completion.ScorePercent).HasPrecision(5, 2);
        builder.HasOne<Course>().WithMany().HasForeignKey(completion => completion.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(completion => completion.AttemptId).IsUnique();
        builder.HasIndex(completion => new { completion.AgentId, completion.CompletedAt });
    }
}

internal sealed class CertificationConfiguration : IEntityTypeConfiguration<Certification>
{
    public void Configure(EntityTypeBuilder<Certification> builder)
    {
        builder.ToTable("Certifications");
        builder.HasKey(certification => certification.Id);
        builder.Property(certification => certification.Skill).HasMaxLength(CourseRules.MaxTitleLength);
        // Two passes of the expiry job (two replicas, or a pass and a test) racing on one certification:
        // only the first announcement is written.
        builder.Property(certification => certification.ExpiryAnnouncedAt).IsConcurrencyToken();
        builder.HasOne<Course>().WithMany().HasForeignKey(certification => certification.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(certification => certification.AttemptId).IsUnique();
        builder.HasIndex(certification => new { certification.AgentId, certification.CourseId });
        builder.HasIndex(certification => certification.ValidUntil);
    }
}
