using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Training.Domain;

namespace Suite.Training.Data;

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> builder)
    {
        builder.ToTable("Courses");
        builder.HasKey(course => course.Id);
        builder.Property(course => course.Title).HasMaxLength(CourseRules.MaxTitleLength);
        builder.Property(course => course.Description).HasMaxLength(CourseRules.MaxDescriptionLength);
        builder.Property(course => course.Category).HasConversion<string>().HasMaxLength(40);
        builder.Property(course => course.Assessment).StoredAsJson().HasMaxLength(500);
        // Two supervisors publishing at once both count up from the same number; this makes the second one fail.
        builder.Property(course => course.LatestVersion).IsConcurrencyToken();
        builder.HasOne<LearningPath>().WithMany().HasForeignKey(course => course.RecertificationPathId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CourseVersionConfiguration : IEntityTypeConfiguration<CourseVersion>
{
    public void Configure(EntityTypeBuilder<CourseVersion> builder)
    {
        builder.ToTable("CourseVersions");
        builder.HasKey(version => version.Id);
        builder.Property(version => version.Lessons).StoredAsJson();
        builder.Property(version => version.ChangeNote).HasMaxLength(CourseRules.MaxChangeNoteLength);
        builder.HasOne<Course>().WithMany().HasForeignKey(version => version.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(version => new { version.TenantId, version.CourseId, version.Number }).IsUnique();
    }
}

internal sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> builder)
    {
        builder.ToTable("Questions");
        builder.HasKey(question => question.Id);
        builder.Property(question => question.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(question => question.Text).HasMaxLength(QuestionRules.MaxTextLength);
        builder.Property(question => question.Options).StoredAsJson();
        builder.Property(question => question.CorrectOptions).StoredAsJson().HasMaxLength(200);
        builder.HasOne<Course>().WithMany().HasForeignKey(question => question.CourseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LearningPathCourseConfiguration : IEntityTypeConfiguration<LearningPathCourse>
{
    public void Configure(EntityTypeBuilder<LearningPathCourse> builder)
    {
        builder.ToTable("LearningPathCourses");
        builder.HasKey(entry => entry.Id);
        builder.HasOne<LearningPath>().WithMany().HasForeignKey(entry => entry.LearningPathId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Course>().WithMany().HasForeignKey(entry => entry.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(entry => new { entry.LearningPathId, entry.Position });
    }
}
