using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Suite.ServiceDefaults.Tenancy;
using Suite.Training.Data;

namespace Suite.Training.Tests;

/// <summary>
/// SQL Server is the production provider but cannot run here: its migrations are checked as scripts,
/// and both providers' migrations must match the model exactly.
/// </summary>
public sealed class MigrationTests
{
    [Fact]
    public void SqlServer_migrations_match_the_model_and_script_idempotently()
    {
        using var db = new TrainingSqlServerDbContext(
            new DbContextOptionsBuilder<TrainingSqlServerDbContext>().UseSqlServer("Server=none;Database=training").Options,
            new TenantContext());

        Assert.False(db.Database.HasPendingModelChanges());
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        Assert.Contains("CREATE TABLE [LearningPaths]", script);
        Assert.Contains("CREATE TABLE [Enrolments]", script);
        Assert.Contains("CREATE TABLE [InboxMessages]", script);
        Assert.Contains("CREATE TABLE [Courses]", script);
        Assert.Contains("CREATE TABLE [CourseVersions]", script);
        Assert.Contains("CREATE TABLE [LearningPathCourses]", script);
        Assert.Contains("CREATE TABLE [Questions]", script);
        Assert.Contains("CREATE TABLE [QuizAttempts]", script);
        Assert.Contains("CREATE TABLE [CourseCompletions]", script);
        Assert.Contains("CREATE TABLE [Certifications]", script);
        Assert.Contains("CREATE TABLE [RemedialRules]", script);
        Assert.Contains("CREATE TABLE [RemedialAssignments]", script);
        Assert.Contains("CREATE TABLE [RolePlayScenarios]", script);
        Assert.Contains("CREATE TABLE [DrillSessions]", script);
        Assert.Contains("WHERE [IsDefaultOnboarding] = 1", script);
    }

    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var db = new TrainingSqliteDbContext(
            new DbContextOptionsBuilder<TrainingSqliteDbContext>().UseSqlite("Data Source=:memory:").Options,
            new TenantContext());

        Assert.False(db.Database.HasPendingModelChanges());
    }
}
