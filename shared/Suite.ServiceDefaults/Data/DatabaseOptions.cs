namespace Suite.ServiceDefaults.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Applies pending migrations when the service starts. Right for the embedded default and
    /// development; production applies the generated idempotent scripts as a deployment step.
    /// </summary>
    public bool MigrateOnStartup { get; set; }
}
