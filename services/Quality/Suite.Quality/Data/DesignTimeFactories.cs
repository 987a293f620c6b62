using Suite.ServiceDefaults.Data;

namespace Suite.Quality.Data;

internal sealed class SqliteDesignTimeFactory : SqliteDesignTimeFactory<QualitySqliteDbContext>;

internal sealed class SqlServerDesignTimeFactory : SqlServerDesignTimeFactory<QualitySqlServerDbContext>;
