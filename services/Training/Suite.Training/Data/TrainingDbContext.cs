using Microsoft.EntityFrameworkCore;
using Suite.ServiceDefaults.Data;
using Suite.ServiceDefaults.Tenancy;
using Suite.Training.Domain;

namespace Suite.Training.Data;

/// <summary>Training's own database. No other service reads it.</summary>
public abstract class TrainingDbContext(DbContextOptions options, ITenantContext tenant) : SuiteDbContext(options, tenant)
{
    public DbSet<LearningPath> LearningPaths => Set<LearningPath>();

    public DbSet<Enrolment> Enrolments => Set<Enrolment>();

    public DbSet<Course> Courses => Set<Course>();

    public DbSet<CourseVersion> CourseVersions => Set<CourseVersion>();

    public DbSet<LearningPathCourse> LearningPathCourses => Set<LearningPathCourse>();

    public DbSet<Question> Questions => Set<Question>();

    public DbSet<QuizAttempt> QuizAttempts => Set<QuizAttempt>();

    public DbSet<CourseCompletion> CourseCompletions => Set<CourseCompletion>();

    public DbSet<Certification> Certifications => Set<Certification>();

    public DbSet<RemedialRule> RemedialRules => Set<RemedialRule>();

    public DbSet<RemedialAssignment> RemedialAssignments => Set<RemedialAssignment>();

    public DbSet<RolePlayScenario> RolePlayScenarios => Set<RolePlayScenario>();

    public DbSet<DrillSession> DrillSessions => Set<DrillSession>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // The filter of the one-default-per-tenant index is raw SQL, and each provider quotes names its own way.
        var onlyTheDefault = Database.IsSqlite() ? "\"IsDefaultOnboarding\" = 1" : "[IsDefaultOnboarding] = 1";
        modelBuilder.ApplyConfiguration(new LearningPathConfiguration(onlyTheDefault));
        modelBuilder.ApplyConfiguration(new EnrolmentConfiguration());
        modelBuilder.ApplyConfiguration(new CourseConfiguration());
        modelBuilder.ApplyConfiguration(new CourseVersionConfiguration());
        modelBuilder.ApplyConfiguration(new LearningPathCourseConfiguration());
        modelBuilder.ApplyConfiguration(new QuestionConfiguration());
        modelBuilder.ApplyConfiguration(new AttemptConfiguration());
        modelBuilder.ApplyConfiguration(new CompletionConfiguration());
        modelBuilder.ApplyConfiguration(new CertificationConfiguration());
        modelBuilder.ApplyConfiguration(new RemedialRuleConfiguration());
        modelBuilder.ApplyConfiguration(new RemedialAssignmentConfiguration());
        modelBuilder.ApplyConfiguration(new ScenarioConfiguration());
        modelBuilder.ApplyConfiguration(new DrillConfiguration());
        base.OnModelCreating(modelBuilder);
    }
}

/// <summary>The SQLite flavour, with its own migrations (the embedded default and the tests).</summary>
public sealed class TrainingSqliteDbContext(DbContextOptions<TrainingSqliteDbContext> options, ITenantContext tenant)
    : TrainingDbContext(options, tenant);

/// <summary>The SQL Server flavour, with its own migrations (production).</summary>
public sealed class TrainingSqlServerDbContext(DbContextOptions<TrainingSqlServerDbContext> options, ITenantContext tenant)
    : TrainingDbContext(options, tenant);
