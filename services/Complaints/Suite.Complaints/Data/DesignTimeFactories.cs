using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.Complaints.Data;

/// <summary>Lets `dotnet ef` build each provider's context without starting the service.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<ComplaintsSqliteDbContext>
{
    public ComplaintsSqliteDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ComplaintsSqliteDbContext>().UseSqlite("Data Source=design.db").Options, new TenantContext());
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<ComplaintsSqlServerDbContext>
{
    public ComplaintsSqlServerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ComplaintsSqlServerDbContext>().UseSqlServer("Server=design;Database=complaints").Options, new TenantContext());
}
