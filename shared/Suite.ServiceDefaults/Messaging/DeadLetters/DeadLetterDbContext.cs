using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Suite.ServiceDefaults.Messaging.DeadLetters;

/// <summary>
/// The dead-letter table inside a service's own database, kept apart from the service's DbContext (and
/// with its own migrations history table) so that no service has to change its model or migrations.
/// </summary>
public abstract class DeadLetterDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>Not EF's default history table: that one records the service's own migrations.</summary>
    public const string MigrationsHistoryTable = "__DeadLetterMigrationsHistory";

    public DbSet<DeadLetter> DeadLetters => Set<DeadLetter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new DeadLetterConfiguration());
}

public sealed class DeadLetterSqliteDbContext(DbContextOptions<DeadLetterSqliteDbContext> options) : DeadLetterDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        // As in SuiteDbContext: SQLite cannot order DateTimeOffset values, UTC ticks it can.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        instant => instant.UtcTicks, ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
}

public sealed class DeadLetterSqlServerDbContext(DbContextOptions<DeadLetterSqlServerDbContext> options) : DeadLetterDbContext(options);
