using Suite.ServiceDefaults.Data;

namespace Suite.Complaints.Data;

internal sealed class SqliteDesignTimeFactory : SqliteDesignTimeFactory<ComplaintsSqliteDbContext>;

internal sealed class SqlServerDesignTimeFactory : SqlServerDesignTimeFactory<ComplaintsSqlServerDbContext>;
