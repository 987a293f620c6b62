using Suite.ServiceDefaults.Data;

namespace Suite.Training.Data;

internal sealed class SqliteDesignTimeFactory : SqliteDesignTimeFactory<TrainingSqliteDbContext>;

internal sealed class SqlServerDesignTimeFactory : SqlServerDesignTimeFactory<TrainingSqlServerDbContext>;
