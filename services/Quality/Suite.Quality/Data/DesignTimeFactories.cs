using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.Quality.Data;

/// <summary>Lets `dotnet ef` build each provider's context without starting the service.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<QualitySqliteDbContext>
{
    public QualitySqliteDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<QualitySqliteDbContext>().UseSqlite("Data Source=design.db").Options, new TenantContext());
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<QualitySqlServerDbContext>
{
    public QualitySqlServerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<QualitySqlServerDbContext>().UseSqlServer("Server=design;Database=quality").Options, new TenantContext());
}
