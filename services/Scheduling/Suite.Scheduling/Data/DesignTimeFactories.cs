using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.Scheduling.Data;

/// <summary>Lets `dotnet ef` build each provider's context without starting the service.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SchedulingSqliteDbContext>
{
    public SchedulingSqliteDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SchedulingSqliteDbContext>().UseSqlite("Data Source=design.db").Options, new TenantContext());
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SchedulingSqlServerDbContext>
{
    public SchedulingSqlServerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SchedulingSqlServerDbContext>().UseSqlServer("Server=design;Database=scheduling").Options, new TenantContext());
}
