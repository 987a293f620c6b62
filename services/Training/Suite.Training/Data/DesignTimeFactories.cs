using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.Training.Data;

/// <summary>Lets `dotnet ef` build each provider's context without starting the service.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<TrainingSqliteDbContext>
{
    public TrainingSqliteDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<TrainingSqliteDbContext>().UseSqlite("Data Source=design.db").Options, new TenantContext());
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<TrainingSqlServerDbContext>
{
    public TrainingSqlServerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<TrainingSqlServerDbContext>().UseSqlServer("Server=design;Database=training").Options, new TenantContext());
}
