using Suite.ServiceDefaults.Data;

namespace Suite.Scheduling.Data;

internal sealed class SqliteDesignTimeFactory : SqliteDesignTimeFactory<SchedulingSqliteDbContext>;

internal sealed class SqlServerDesignTimeFactory : SqlServerDesignTimeFactory<SchedulingSqlServerDbContext>;
